using Cooperation.Training.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Cooperation.Training.Tests;

/// <summary>Every training RPC against its policy; VerifyCertificate is the one anonymous RPC.</summary>
public sealed class RpcAccessMatrixTests(TrainingServiceFactory factory, ITestOutputHelper output)
    : RpcAccessMatrixTests<TrainingServiceFactory>(factory, output);
