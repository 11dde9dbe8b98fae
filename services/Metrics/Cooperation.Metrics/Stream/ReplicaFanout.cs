using System.Text;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Messaging.Topology;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// Tells the other replicas of this service that a unit of work committed here, so their feeds
/// read the change log at once instead of at their next poll: a fanout exchange
/// (<see cref="Exchange"/>) with a temporary, exclusive, auto-delete queue per replica. The
/// message says only "read the log" (and which replica sent it, so a replica ignores its own): the
/// changes themselves, their order and any back-fill always come from the database, never from the
/// broker. Commits during a publish fold into the next one. Without a broker, or while it is away,
/// the poll still delivers every change, later.
/// </summary>
public sealed partial class ReplicaFanout(
    IConfiguration configuration, IOptions<StreamOptions> options, IndicatorChangeFeed feed, ILogger<ReplicaFanout> logger)
    : BackgroundService, IUnitOfWorkParticipant
{
    public const string Exchange = "metrics.indicator-changes";
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly byte[] _replica = Encoding.ASCII.GetBytes(Guid.NewGuid().ToString("N"));
    private readonly SemaphoreSlim _announce = new(0);
    private readonly TaskCompletionSource<bool> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pending;

    /// <summary>Completes once this replica listens on the exchange (true) or runs without a broker (false).</summary>
    public Task<bool> Ready => _ready.Task;

    public Task OnCommittingAsync(IUnitOfWork unitOfWork) => Task.CompletedTask;

    public void OnCommitted(IUnitOfWork unitOfWork)
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _announce.Release();
        }
    }

    public override void Dispose()
    {
        _announce.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var broker = configuration.GetConnectionString(options.Value.ReplicaBroker);
        if (string.IsNullOrWhiteSpace(broker))
        {
            LogNoBroker(options.Value.ReplicaBroker);
            _ready.TrySetResult(false);
            return;
        }

        // Automatic recovery re-declares the server-named queue and its binding after an outage, on
        // another of the cluster's nodes when the one in use went away.
        var address = BrokerAddress.Parse(broker);
        var factory = new ConnectionFactory { Uri = address.Uri, ClientProvidedName = "metrics-replica-fanout" };
        IConnection? connection = null;
        IChannel? channel = null;
        try
        {
            while (channel is null)
            {
                try
                {
                    connection = await factory.CreateConnectionAsync(address.Endpoints, stoppingToken);
                    channel = await ListenAsync(connection, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogUnreachable(e, RetryAfter);
                    if (connection is not null)
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }

                    await Task.Delay(RetryAfter, stoppingToken);
                }
            }

            _ready.TrySetResult(true);
            await AnnounceCommitsAsync(channel, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task<IChannel> ListenAsync(IConnection connection, CancellationToken cancellationToken)
    {
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        var queue = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue.QueueName, Exchange, string.Empty, cancellationToken: cancellationToken);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            if (!delivery.Body.Span.SequenceEqual(_replica))
            {
                feed.Wake();
            }

            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, cancellationToken);
        LogListening(queue.QueueName);
        return channel;
    }

    private async Task AnnounceCommitsAsync(IChannel channel, CancellationToken stoppingToken)
    {
        var properties = new BasicProperties { Persistent = false };
        while (!stoppingToken.IsCancellationRequested)
        {
            await _announce.WaitAsync(stoppingToken);
            Interlocked.Exchange(ref _pending, 0);
            try
            {
                await channel.BasicPublishAsync(Exchange, string.Empty, mandatory: false, properties, _replica, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The other replicas' polls deliver this commit a little later.
                LogAnnounceFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No broker named {Name}: the live stream sees other replicas' changes at its poll only")]
    private partial void LogNoBroker(string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sharing commits with the other replicas over queue {Queue}")]
    private partial void LogListening(string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The broker is unreachable for the replicas' commit signal; retrying in {RetryAfter}")]
    private partial void LogUnreachable(Exception exception, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A commit signal to the other replicas failed; their poll delivers the change")]
    private partial void LogAnnounceFailed(Exception exception);
}
