using Cooperation.Metrics.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Cooperation.Metrics.Tests;

/// <summary>Every metrics RPC against its policy, the live stream included (admitted once its first message arrives).</summary>
public sealed class RpcAccessMatrixTests(MetricsServiceFactory factory, ITestOutputHelper output)
    : RpcAccessMatrixTests<MetricsServiceFactory>(factory, output);
