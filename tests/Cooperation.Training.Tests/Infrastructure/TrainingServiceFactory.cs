namespace Cooperation.Training.Tests.Infrastructure;

/// <summary>The training service in-process, on a copy of its migrated template database.</summary>
public sealed class TrainingServiceFactory() : InProcessServiceFactory<Program>("trainingdb", TrainingDatabase.Create);
