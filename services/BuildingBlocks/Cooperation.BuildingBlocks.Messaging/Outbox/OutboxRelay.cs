using Cooperation.BuildingBlocks.Messaging.Topology;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows, in sequence order, and stamps each <c>sent_at</c> only after the
/// broker confirmed it (publisher confirms), so an event is never lost: a failed or timed-out publish
/// leaves the row unsent with a backoff, and it is tried again after a broker outage or a restart.
/// Each stamp is its own commit, made whatever the stopping token says, so a confirmed event is sent
/// again only after a crash between the confirm and the stamp; consumers' inboxes recognise its
/// MessageId (= message_id) and apply it once, so it is never doubled in effect.
/// Rows are claimed with a short lease (committed at once, see <see cref="OutboxStore"/>), so several
/// relays can share a PostgreSQL database. Wakes right after a commit (<see cref="IOutboxSignal"/>)
/// and otherwise polls; a pass that published all it claimed, with nothing else waiting, costs the
/// claim and the stamps alone (see <see cref="StillCurrent"/>).
/// </summary>
internal sealed partial class OutboxRelay(
    OutboxStore store,
    OutboxPublisher publisher,
    IBrokerTopology topology,
    IOutboxSignal signal,
    OutboxMetrics metrics,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    // Names this relay's claims. A new one per start: a restarted service leaves its previous
    // life's claims to expire rather than taking them for its own.
    private readonly string _relayId = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    private enum PassOutcome
    {
        /// <summary>Every due row was published, as far as one batch could tell.</summary>
        Drained,

        /// <summary>The batch was full or cut short by its lease: more rows may be due now.</summary>
        MoreDue,

        /// <summary>A publish failed; the rest of the batch was given back untried.</summary>
        PublishFailed,
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // Queues and bindings first: an event published before its consumer's queue exists is dropped.
        await Retrying(settings).ExecuteAsync(async ct => await topology.DeclareAsync(ct), stoppingToken);
        var failuresInARow = 0;
        OutboxPending? pending = null;
        var pendingReadAt = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            var wakeOnCommit = true;
            try
            {
                var outcome = await PublishDueAsync(settings, stoppingToken);
                if (stoppingToken.IsCancellationRequested)
                {
                    return;
                }

                if (outcome != PassOutcome.Drained || !StillCurrent(pending, pendingReadAt, settings))
                {
                    pending = await store.PendingAsync(stoppingToken);
                    pendingReadAt = time.GetUtcNow();
                    metrics.Observe(pending);
                }

                if (outcome == PassOutcome.PublishFailed)
                {
                    // The broker is likely away: the whole relay backs off, and commits meanwhile do
                    // not wake it into another attempt that would wait out the same timeout.
                    failuresInARow++;
                    wait = OutboxBackoff.Delay(failuresInARow, settings.InitialBackoff, settings.MaxBackoff);
                    wakeOnCommit = false;
                }
                else
                {
                    failuresInARow = 0;
                    wait = outcome == PassOutcome.MoreDue ? TimeSpan.Zero : UntilNextDue(settings, pending?.NextDueAt);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database itself failed (the broker's failures are recorded per row): back off, keep going.
                failuresInARow++;
                wait = OutboxBackoff.Delay(failuresInARow, settings.InitialBackoff, settings.MaxBackoff);
                wakeOnCommit = false;
                LogRelayFailed(e, wait);
            }

            if (wait <= TimeSpan.Zero)
            {
                continue;
            }

            if (wakeOnCommit)
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            else
            {
                await Task.Delay(wait, time, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Claims one batch of due rows and publishes them one by one, each stamped in its own commit.
    /// Stops early, giving back the rows it has not tried, when the service is stopping (after the
    /// row in hand), when a publish fails (the broker is likely away, and every further row would
    /// wait out the same timeout), or when the claim would lapse before another publish could end.
    /// </summary>
    private async Task<PassOutcome> PublishDueAsync(MessagingOptions settings, CancellationToken stoppingToken)
    {
        var claimedAt = time.GetUtcNow();
        var leaseUntil = claimedAt + Lease(settings);
        var rows = await store.ClaimAsync(_relayId, claimedAt, leaseUntil, settings.BatchSize, stoppingToken);
        for (var i = 0; i < rows.Count; i++)
        {
            // A publish plus its stamp must end inside the claim, or another relay could take the row meanwhile.
            var claimRunsOut = time.GetUtcNow() + (settings.PublishTimeout * 2) > leaseUntil;
            if (stoppingToken.IsCancellationRequested || claimRunsOut)
            {
                await store.ReleaseAsync(_relayId, rows.Skip(i), CancellationToken.None);
                return PassOutcome.MoreDue;
            }

            if (!await PublishAsync(rows[i], settings))
            {
                await store.ReleaseAsync(_relayId, rows.Skip(i + 1), CancellationToken.None);
                return PassOutcome.PublishFailed;
            }
        }

        return rows.Count == settings.BatchSize ? PassOutcome.MoreDue : PassOutcome.Drained;
    }

    /// <summary>
    /// Publishes one row and records the outcome; false when the publish failed. Neither the publish
    /// (bounded by <see cref="MessagingOptions.PublishTimeout"/>) nor the stamp heeds the stopping
    /// token: a stop cancelling them could leave a confirmed event unstamped, to be sent again.
    /// </summary>
    private async Task<bool> PublishAsync(OutboxRow row, MessagingOptions settings)
    {
        try
        {
            await publisher.PublishAsync(row, settings.PublishTimeout, CancellationToken.None);
        }
        catch (Exception e)
        {
            var delay = OutboxBackoff.Delay((int)Math.Min(row.Attempts + 1, int.MaxValue), settings.InitialBackoff, settings.MaxBackoff);
            await store.MarkFailedAsync(row, e.Message, time.GetUtcNow() + delay, CancellationToken.None);
            metrics.PublishFailed(row.MessageType);
            LogPublishFailed(e, row.MessageId, row.Attempts + 1, delay);
            return false;
        }

        await store.MarkSentAsync(row, time.GetUtcNow(), CancellationToken.None);
        metrics.Published(row.MessageType);
        return true;
    }

    /// <summary>
    /// Whether the last look at what waits still holds after a pass that published everything it
    /// claimed: it found nothing waiting (so nothing held back is due at a known moment) and is
    /// younger than a poll interval. Then the pass costs its claim and its stamps alone, and the
    /// relay waits for the next commit without another round trip on the database its service uses;
    /// rows another relay holds or retries are looked at again within a poll interval.
    /// </summary>
    private bool StillCurrent(OutboxPending? pending, DateTimeOffset readAt, MessagingOptions settings) =>
        pending is { Count: 0 } && time.GetUtcNow() - readAt < settings.PollInterval;

    private static TimeSpan Lease(MessagingOptions settings) =>
        TimeSpan.FromTicks(Math.Max(settings.ClaimLease.Ticks, settings.PublishTimeout.Ticks * 3));

    private TimeSpan UntilNextDue(MessagingOptions settings, DateTimeOffset? nextDue)
    {
        var untilDue = nextDue is { } due ? due - time.GetUtcNow() : settings.PollInterval;
        return untilDue < settings.PollInterval ? TimeSpan.FromTicks(Math.Max(untilDue.Ticks, TimeSpan.FromMilliseconds(10).Ticks)) : settings.PollInterval;
    }

    // Declaring topology at start-up is a one-off call that must eventually succeed, which is what a
    // Polly retry is for; per-row publish backoff is stored on the row instead (see OutboxBackoff).
    private ResiliencePipeline Retrying(MessagingOptions settings) => new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.InitialBackoff,
            MaxDelay = settings.MaxBackoff,
            OnRetry = args =>
            {
                LogTopologyFailed(args.Outcome.Exception, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} failed (attempt {Attempts}); retrying in {Delay}")]
    private partial void LogPublishFailed(Exception exception, Guid messageId, long attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox relay failed; retrying in {Delay}")]
    private partial void LogRelayFailed(Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Declaring the broker's subscriber topology failed; retrying in {Delay}")]
    private partial void LogTopologyFailed(Exception? exception, TimeSpan delay);
}
