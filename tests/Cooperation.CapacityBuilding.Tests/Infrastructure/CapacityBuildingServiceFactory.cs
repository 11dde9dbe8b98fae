namespace Cooperation.CapacityBuilding.Tests.Infrastructure;

/// <summary>The capacity-building service in-process, on a copy of its migrated template database.</summary>
public sealed class CapacityBuildingServiceFactory() : InProcessServiceFactory<Program>("capacitybuildingdb", CapacityBuildingDatabase.Create);
