namespace Cooperation.WorkingGroup.Tests.Infrastructure;

/// <summary>The working-group service in-process, on a copy of its migrated template database.</summary>
public sealed class WorkingGroupServiceFactory() : InProcessServiceFactory<Program>("workinggroupdb", WorkingGroupDatabase.Create);
