using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests;

public sealed class HealthTests : GrpcHealthTests<WorkingGroupServiceFactory>;
