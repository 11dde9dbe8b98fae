namespace Cooperation.BuildingBlocks.Messaging.Topology;

/// <summary>Declares, before anything is published, the queues and bindings that keep events for their consumers.</summary>
public interface IBrokerTopology
{
    Task DeclareAsync(CancellationToken cancellationToken);
}

/// <summary>The in-memory transport keeps nothing across processes, so there is nothing to declare.</summary>
internal sealed class InMemoryBrokerTopology : IBrokerTopology
{
    public Task DeclareAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
