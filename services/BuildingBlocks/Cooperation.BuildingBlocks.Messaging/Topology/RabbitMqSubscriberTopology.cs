using Cooperation.Contracts.Messages;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Cooperation.BuildingBlocks.Messaging.Topology;

/// <summary>
/// Declares every subscriber's queue and bindings (from <see cref="EventSubscriptions"/>) exactly as
/// MassTransit's ConfigureEndpoints declares them — a durable queue named after the endpoint, a
/// durable fanout exchange of the same name bound to it, and the event type's durable fanout
/// exchange bound to that — so a consumer starting later finds them as it would have made them, and
/// an event published before then is kept. Also declares the redelivery queues of this service's
/// own inbox endpoints.
/// </summary>
internal sealed partial class RabbitMqSubscriberTopology(
    BrokerAddress broker,
    IBus bus,
    IEnumerable<EventSubscription> extraSubscriptions,
    IEnumerable<InboxEndpoint> localEndpoints,
    IOptions<MessagingOptions> options,
    ILogger<RabbitMqSubscriberTopology> logger) : IBrokerTopology
{
    public async Task DeclareAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker.Uri };
        await using var connection = await factory.CreateConnectionAsync(broker.Endpoints, cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);

        foreach (var subscription in EventSubscriptions.All.Concat(extraSubscriptions).Distinct())
        {
            var eventExchange = EventExchangeName(subscription.EventType);
            await channel.ExchangeDeclareAsync(eventExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await DeclareEndpointAsync(channel, subscription.Endpoint, QueueArguments(), cancellationToken);
            await channel.ExchangeBindAsync(subscription.Endpoint, eventExchange, string.Empty, cancellationToken: cancellationToken);
        }

        foreach (var endpoint in localEndpoints.Select(e => e.Name).Distinct())
        {
            await DeclareRedeliveryAsync(channel, endpoint, options.Value.RedeliveryDelay, cancellationToken);
        }

        LogDeclared(connection.Endpoint.HostName, connection.Endpoint.Port, options.Value.QuorumQueues ? "quorum" : "classic");
    }

    // Exactly the arguments MassTransit's SetQuorumQueue gives an endpoint's queue: a queue declared
    // twice with different arguments is refused.
    private Dictionary<string, object?> QueueArguments() =>
        options.Value.QuorumQueues ? new() { [RabbitMQ.Client.Headers.XQueueType] = "quorum" } : [];

    private static async Task DeclareEndpointAsync(
        IChannel channel, string endpoint, IDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(endpoint, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(endpoint, durable: true, exclusive: false, autoDelete: false, arguments: arguments, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(endpoint, endpoint, string.Empty, cancellationToken: cancellationToken);
    }

    // A stock broker has no delayed-message exchange, so a redelivered message waits in a queue whose
    // time-to-live dead-letters it back to the endpoint's exchange, and from there to its queue.
    // Quorum queues honour a message time-to-live and dead-lettering from RabbitMQ 3.10 on.
    private async Task DeclareRedeliveryAsync(IChannel channel, string endpoint, TimeSpan delay, CancellationToken cancellationToken)
    {
        var redelivery = InboxEndpoint.RedeliveryName(endpoint);
        await DeclareEndpointAsync(channel, endpoint, QueueArguments(), cancellationToken);
        await channel.ExchangeDeclareAsync(redelivery, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        var arguments = QueueArguments();
        arguments["x-message-ttl"] = (long)delay.TotalMilliseconds;
        arguments["x-dead-letter-exchange"] = endpoint;
        await channel.QueueDeclareAsync(redelivery, durable: true, exclusive: false, autoDelete: false, arguments: arguments, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(redelivery, redelivery, string.Empty, cancellationToken: cancellationToken);
    }

    // MassTransit's own name for the event's exchange ("Namespace:TypeName"), taken from its topology
    // so the two can never disagree.
    private string EventExchangeName(Type eventType) =>
        bus.Topology.TryGetPublishAddress(eventType, out var address)
            ? address.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]
            : throw new InvalidOperationException($"MassTransit has no publish address for {eventType}.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Declared the subscriber topology ({QueueType} queues) on {Host}:{Port}")]
    private partial void LogDeclared(string host, int port, string queueType);
}
