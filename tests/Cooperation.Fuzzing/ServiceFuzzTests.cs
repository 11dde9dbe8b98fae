using Cooperation.Fuzzing.Hosts;
using Xunit.Abstractions;

namespace Cooperation.Fuzzing;

public sealed class WorkingGroupFuzzTests(WorkingGroupFactory host, ITestOutputHelper output)
    : RpcFuzzTests<WorkingGroupFactory>(host, output);

public sealed class TrainingFuzzTests(TrainingFactory host, ITestOutputHelper output)
    : RpcFuzzTests<TrainingFactory>(host, output);

public sealed class CapacityBuildingFuzzTests(CapacityBuildingFactory host, ITestOutputHelper output)
    : RpcFuzzTests<CapacityBuildingFactory>(host, output);

public sealed class MetricsFuzzTests(MetricsFactory host, ITestOutputHelper output)
    : RpcFuzzTests<MetricsFactory>(host, output);
