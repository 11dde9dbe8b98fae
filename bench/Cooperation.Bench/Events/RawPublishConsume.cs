using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Cooperation.Bench.Events;

/// <summary>
/// The event baseline: raw RabbitMQ.Client on the same broker, a persistent message published
/// with publisher confirms to a durable queue and taken by an acknowledging consumer; latency from
/// the start of the publish to the consumer's receipt.
/// </summary>
internal sealed class RawPublishConsume : IAsyncDisposable
{
    private const string Queue = "bench.raw-latency";
    private readonly IConnection _connection;
    private readonly IChannel _publisher;
    private readonly IChannel _consumer;
    private readonly ConcurrentDictionary<int, long> _published = new();

    private RawPublishConsume(IConnection connection, IChannel publisher, IChannel consumer)
    {
        _connection = connection;
        _publisher = publisher;
        _consumer = consumer;
    }

    /// <summary>Milliseconds from publish to receipt, per message number.</summary>
    public ConcurrentDictionary<int, double> Latencies { get; } = new();

    public static async Task<RawPublishConsume> StartAsync(string connectionString)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var consumer = await connection.CreateChannelAsync();
        await consumer.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
        var raw = new RawPublishConsume(connection, publisher, consumer);
        var subscription = new AsyncEventingBasicConsumer(consumer);
        subscription.ReceivedAsync += raw.ReceivedAsync;
        await consumer.BasicConsumeAsync(Queue, autoAck: false, subscription);
        return raw;
    }

    public async Task PublishAsync(int number)
    {
        _published[number] = Stopwatch.GetTimestamp();
        var body = new byte[200];   // about the size of a StatementReviewed envelope's body
        await _publisher.BasicPublishAsync(string.Empty, Queue, mandatory: true,
            new BasicProperties { Persistent = true, MessageId = number.ToString(CultureInfo.InvariantCulture) }, body);
    }

    public async ValueTask DisposeAsync()
    {
        await _publisher.CloseAsync();
        await _consumer.CloseAsync();
        await _connection.CloseAsync();
        _connection.Dispose();
    }

    private async Task ReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var received = Stopwatch.GetTimestamp();
        var number = int.Parse(delivery.BasicProperties.MessageId!, CultureInfo.InvariantCulture);
        if (_published.TryGetValue(number, out var sent))
        {
            Latencies.TryAdd(number, Stopwatch.GetElapsedTime(sent, received).TotalMilliseconds);
        }

        await _consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false);
    }
}
