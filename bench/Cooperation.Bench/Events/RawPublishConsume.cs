using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Cooperation.Bench.Events;

/// <summary>
/// An event baseline: raw RabbitMQ.Client on the same broker, a persistent message published
/// with publisher confirms to a durable queue (classic or quorum) and taken by an acknowledging
/// consumer; latency from the start of the publish to the consumer's receipt or, given a database,
/// to the commit of one INSERT the consumer makes per message before it acknowledges.
/// </summary>
internal sealed class RawPublishConsume : IAsyncDisposable
{
    private readonly string _queue;
    private readonly IConnection _connection;
    private readonly IChannel _publisher;
    private readonly IChannel _consumer;
    private readonly NpgsqlDataSource? _database;
    private readonly ConcurrentDictionary<int, long> _published = new();

    private RawPublishConsume(string queue, IConnection connection, IChannel publisher, IChannel consumer, NpgsqlDataSource? database)
    {
        _queue = queue;
        _connection = connection;
        _publisher = publisher;
        _consumer = consumer;
        _database = database;
    }

    /// <summary>Milliseconds from publish to receipt (or to the INSERT's commit), per message number.</summary>
    public ConcurrentDictionary<int, double> Latencies { get; } = new();

    public static async Task<RawPublishConsume> StartAsync(string connectionString, bool quorum, string? databaseConnectionString = null)
    {
        var queue = $"bench.raw-latency.{(quorum ? "quorum" : "classic")}{(databaseConnectionString is null ? "" : ".insert")}";
        var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var consumer = await connection.CreateChannelAsync();
        await consumer.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: quorum ? new Dictionary<string, object?> { ["x-queue-type"] = "quorum" } : null);
        NpgsqlDataSource? database = null;
        if (databaseConnectionString is not null)
        {
            database = NpgsqlDataSource.Create(databaseConnectionString);
            await using var create = database.CreateCommand("CREATE TABLE IF NOT EXISTS bench_raw (message_id integer PRIMARY KEY, received_at timestamptz NOT NULL)");
            await create.ExecuteNonQueryAsync();
        }

        var raw = new RawPublishConsume(queue, connection, publisher, consumer, database);
        var subscription = new AsyncEventingBasicConsumer(consumer);
        subscription.ReceivedAsync += raw.ReceivedAsync;
        await consumer.BasicConsumeAsync(queue, autoAck: false, subscription);
        return raw;
    }

    public async Task PublishAsync(int number)
    {
        _published[number] = Stopwatch.GetTimestamp();
        var body = new byte[200];   // about the size of a StatementReviewed envelope's body
        await _publisher.BasicPublishAsync(string.Empty, _queue, mandatory: true,
            new BasicProperties { Persistent = true, MessageId = number.ToString(CultureInfo.InvariantCulture) }, body);
    }

    public async ValueTask DisposeAsync()
    {
        await _publisher.CloseAsync();
        await _consumer.CloseAsync();
        await _connection.CloseAsync();
        _connection.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task ReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var number = int.Parse(delivery.BasicProperties.MessageId!, CultureInfo.InvariantCulture);
        if (_database is not null)
        {
            await using var insert = _database.CreateCommand("INSERT INTO bench_raw (message_id, received_at) VALUES ($1, now()) ON CONFLICT DO NOTHING");
            insert.Parameters.Add(new NpgsqlParameter { Value = number });
            await insert.ExecuteNonQueryAsync();
        }

        var done = Stopwatch.GetTimestamp();
        if (_published.TryGetValue(number, out var sent))
        {
            Latencies.TryAdd(number, Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds);
        }

        await _consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false);
    }
}
