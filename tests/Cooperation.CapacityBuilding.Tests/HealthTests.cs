using Cooperation.CapacityBuilding.Tests.Infrastructure;

namespace Cooperation.CapacityBuilding.Tests;

public sealed class HealthTests : GrpcHealthTests<CapacityBuildingServiceFactory>;
