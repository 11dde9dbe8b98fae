using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Microsoft.Extensions.Options;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// The one reader of the change log for every subscriber of this process: woken when a unit of
/// work commits here (and on a short poll, for other replicas' commits), it reads the new changes
/// once and offers them to each subscriber's buffer; a subscriber that leaves changes unread for
/// longer than the stall timeout is ended. Also a unit-of-work participant, to hear of commits.
/// </summary>
public sealed class IndicatorChangeFeed(
    IDbConnectionFactory connections, StreamRepository stream, IOptions<StreamOptions> options, TimeProvider time)
    : BackgroundService, IUnitOfWorkParticipant
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _lock = new();
    private readonly List<StreamSubscriber> _subscribers = [];
    private long _version = -1;

    /// <summary>The latest version this feed has read.</summary>
    public long Version => Interlocked.Read(ref _version);

    public StreamSubscriber Subscribe(IReadOnlySet<string> codes)
    {
        var subscriber = new StreamSubscriber(codes, options.Value.BufferCapacity);
        lock (_lock)
        {
            _subscribers.Add(subscriber);
        }

        _wake.Release();
        return subscriber;
    }

    public void Unsubscribe(StreamSubscriber subscriber)
    {
        lock (_lock)
        {
            _subscribers.Remove(subscriber);
        }
    }

    public Task OnCommittingAsync(IUnitOfWork unitOfWork) => Task.CompletedTask;

    public void OnCommitted(IUnitOfWork unitOfWork) => _wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(options.Value.PollInterval, stoppingToken);
            await using var session = await ReadSession.OpenAsync(connections, stoppingToken);
            if (_version < 0)
            {
                // Start at the head: subscribers back-fill what came before from the database.
                _version = (await stream.SnapshotAsync(session, ["-"])).Version;
            }

            IReadOnlyList<Indicators.IndicatorValue> changes;
            do
            {
                changes = await stream.ChangesAfterAsync(session, _version, BatchSize);
                StreamSubscriber[] subscribers;
                lock (_lock)
                {
                    subscribers = [.. _subscribers];
                }

                var now = time.GetUtcNow();
                foreach (var subscriber in subscribers)
                {
                    if (changes.Count > 0)
                    {
                        subscriber.Offer(changes, now);
                    }

                    if (subscriber.StalledFor(options.Value.StallTimeout, now))
                    {
                        subscriber.End();
                    }
                }

                if (changes.Count > 0)
                {
                    Interlocked.Exchange(ref _version, changes[^1].Version);
                }
            }
            while (changes.Count == BatchSize);
        }
    }
}
