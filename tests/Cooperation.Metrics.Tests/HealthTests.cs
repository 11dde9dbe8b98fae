using Cooperation.Metrics.Tests.Infrastructure;

namespace Cooperation.Metrics.Tests;

public sealed class HealthTests : GrpcHealthTests<MetricsServiceFactory>;
