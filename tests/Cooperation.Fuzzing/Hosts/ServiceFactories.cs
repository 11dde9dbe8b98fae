extern alias WorkingGroup;
extern alias Training;
extern alias CapacityBuilding;
extern alias Metrics;

using Cooperation.Fuzzing.Seeding;
using Google.Protobuf;

namespace Cooperation.Fuzzing.Hosts;

/// <summary>The working-group service in-process.</summary>
public sealed class WorkingGroupFactory() : FuzzedServiceFactory<WorkingGroup::Program>("workinggroup", "workinggroupdb");

/// <summary>The training service in-process.</summary>
public sealed class TrainingFactory() : FuzzedServiceFactory<Training::Program>("training", "trainingdb");

/// <summary>The capacity-building service in-process.</summary>
public sealed class CapacityBuildingFactory() : FuzzedServiceFactory<CapacityBuilding::Program>("capacitybuilding", "capacitybuildingdb")
{
    public override Task<IReadOnlyList<IMessage>> SeedAsync() => CapacityBuildingSeed.CreateAsync(ChannelFor(CapacityBuildingSeed.Persona));
}

/// <summary>The metrics service in-process.</summary>
public sealed class MetricsFactory() : FuzzedServiceFactory<Metrics::Program>("metrics", "metricsdb");
