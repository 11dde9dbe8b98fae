using Cooperation.Training.Tests.Infrastructure;

namespace Cooperation.Training.Tests;

public sealed class HealthTests : GrpcHealthTests<TrainingServiceFactory>;
