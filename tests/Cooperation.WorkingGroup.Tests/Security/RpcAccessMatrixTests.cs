using Cooperation.WorkingGroup.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Cooperation.WorkingGroup.Tests.Security;

/// <summary>Every working-group RPC against its policy (the walk is the shared <see cref="RpcAccessMatrixTests{TFactory}"/>).</summary>
public sealed class RpcAccessMatrixTests(WorkingGroupServiceFactory factory, ITestOutputHelper output)
    : RpcAccessMatrixTests<WorkingGroupServiceFactory>(factory, output);
