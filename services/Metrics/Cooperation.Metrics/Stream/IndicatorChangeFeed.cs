using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Metrics.Indicators;
using Microsoft.Extensions.Options;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// The one reader of the change log for every subscriber of this process: woken when a unit of
/// work commits here, when another replica says it committed (<see cref="ReplicaFanout"/>), and on
/// a short poll as the safety net, it reads the new changes once and offers the same rows to each
/// subscriber's buffer; a subscriber that leaves changes unread, or whose client takes nothing,
/// for longer than the stall timeout is ended. Also a unit-of-work participant, to hear of commits.
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

    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>A subscriber of <paramref name="codes"/> (all when empty) under one disaggregation key (the totals when empty).</summary>
    public StreamSubscriber Subscribe(IReadOnlySet<string> codes, bool publishedOnly = false, string disaggregation = Disaggregation.Total)
    {
        var subscriber = new StreamSubscriber(codes, publishedOnly, options.Value.BufferCapacity, disaggregation);
        lock (_lock)
        {
            _subscribers.Add(subscriber);
        }

        Wake();
        return subscriber;
    }

    public void Unsubscribe(StreamSubscriber subscriber)
    {
        lock (_lock)
        {
            _subscribers.Remove(subscriber);
        }
    }

    /// <summary>Reads the change log now. Wake-ups that arrive while one is pending fold into it.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    public Task OnCommittingAsync(IUnitOfWork unitOfWork) => Task.CompletedTask;

    public void OnCommitted(IUnitOfWork unitOfWork) => Wake();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(options.Value.PollInterval, stoppingToken);
            await using var session = await ReadSession.OpenAsync(connections, stoppingToken);
            if (_version < 0)
            {
                // Start at the head: subscribers back-fill what came before from the database.
                _version = (await stream.SnapshotAsync(session, ["-"], publishedOnly: false)).Version;
            }

            ChangeBatch batch;
            do
            {
                batch = await stream.ChangesAfterAsync(session, _version, BatchSize);
                var subscribers = Current();
                if (!batch.Continues(_version))
                {
                    // Pruned past this feed (or the database went back): nobody here can be told
                    // what they missed, so each is ended and resumes into a reset.
                    foreach (var subscriber in subscribers)
                    {
                        subscriber.End();
                    }

                    Interlocked.Exchange(ref _version, batch.Head);
                    break;
                }

                var now = time.GetUtcNow();
                foreach (var subscriber in subscribers)
                {
                    if (batch.Changes.Count > 0)
                    {
                        subscriber.Offer(batch.Changes, now);
                    }

                    if (subscriber.StalledFor(options.Value.StallTimeout, now))
                    {
                        subscriber.End();
                    }
                }

                if (batch.Changes.Count > 0)
                {
                    Interlocked.Exchange(ref _version, batch.Changes[^1].Version);
                }
            }
            while (batch.Changes.Count == BatchSize);
        }
    }

    private StreamSubscriber[] Current()
    {
        lock (_lock)
        {
            return [.. _subscribers];
        }
    }
}
