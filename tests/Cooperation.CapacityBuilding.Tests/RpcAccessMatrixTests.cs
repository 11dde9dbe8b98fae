using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Cooperation.CapacityBuilding.Tests;

/// <summary>Every capacity-building RPC against its policy (the walk is the shared <see cref="RpcAccessMatrixTests{TFactory}"/>).</summary>
public sealed class RpcAccessMatrixTests(CapacityBuildingServiceFactory factory, ITestOutputHelper output)
    : RpcAccessMatrixTests<CapacityBuildingServiceFactory>(factory, output);
