using System.Collections.Concurrent;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Cooperation.Bench.Events;

/// <summary>
/// A mark at the broker: a transient classic queue of the bench's own, bound to an event's
/// exchange beside the services' queues, consumed without acknowledgements. Its arrival (wall clock,
/// ticks) is when the broker had routed the relay's publish, before the quorum queue's confirm.
/// </summary>
internal sealed class BrokerTap : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private BrokerTap(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <summary>Wall-clock ticks of each message id's first arrival.</summary>
    public ConcurrentDictionary<string, long> Arrivals { get; } = new();

    /// <summary>Taps the exchange MassTransit publishes <paramref name="eventType"/> to (it must exist: start after the first publish).</summary>
    public static async Task<BrokerTap> StartAsync(string connectionString, Type eventType)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, $"{eventType.Namespace}:{eventType.Name}", string.Empty);
        var tap = new BrokerTap(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += tap.ReceivedAsync;
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return tap;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _connection.Dispose();
    }

    private Task ReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var arrived = DateTime.UtcNow.Ticks;
        if (delivery.BasicProperties.MessageId is { } id)
        {
            Arrivals.TryAdd(id, arrived);
        }

        return Task.CompletedTask;
    }
}
