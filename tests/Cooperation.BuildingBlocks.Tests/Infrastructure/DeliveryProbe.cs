using Cooperation.Contracts.Messages;
using Cooperation.Testing;
using RabbitMQ.Client;

namespace Cooperation.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// A queue bound like a subscriber's that nothing consumes. The test drains it and counts what the
/// broker routed there by MessageId, whichever host published it, so a second publish of one event
/// shows as a count of two.
/// </summary>
public sealed class DeliveryProbe(RabbitMqBroker broker, Type eventType)
{
    private readonly Dictionary<Guid, int> _deliveries = [];

    public string Name { get; } = TestEvents.Endpoint("probe");

    /// <summary>Hand this to a host so its relay declares the queue before it publishes.</summary>
    public EventSubscription Subscription => new(Name, eventType);

    /// <summary>Takes every message waiting in the queue; returns how many times each MessageId arrived so far.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> DrainAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        while (await channel.BasicGetAsync(Name, autoAck: true) is { } message)
        {
            var id = Guid.TryParse(message.BasicProperties.MessageId, out var parsed) ? parsed : Guid.Empty;
            _deliveries[id] = _deliveries.GetValueOrDefault(id) + 1;
        }

        return _deliveries;
    }
}
