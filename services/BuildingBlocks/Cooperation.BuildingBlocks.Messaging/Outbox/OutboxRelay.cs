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
/// A crash between the confirm and the stamp publishes that event again; consumers' inboxes
/// recognise its MessageId (= message_id) and apply it once, so it is never doubled in effect.
/// Wakes right after a commit (<see cref="IOutboxSignal"/>) and otherwise polls.
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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // Queues and bindings first: an event published before its consumer's queue exists is dropped.
        await Retrying(settings).ExecuteAsync(async ct => await topology.DeclareAsync(ct), stoppingToken);
        var failuresInARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var fullBatch = await PublishDueAsync(settings, stoppingToken);
                metrics.Observe(await store.PendingAsync(stoppingToken));
                failuresInARow = 0;
                wait = fullBatch ? TimeSpan.Zero : await UntilNextDueAsync(settings, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database itself failed (the broker's failures are recorded per row): back off, keep going.
                failuresInARow++;
                wait = OutboxBackoff.Delay(failuresInARow, settings.InitialBackoff, settings.MaxBackoff);
                LogRelayFailed(e, wait);
            }

            if (wait > TimeSpan.Zero)
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
        }
    }

    /// <summary>Publishes one batch of due rows; true when the batch was full and more may be waiting.</summary>
    private async Task<bool> PublishDueAsync(MessagingOptions settings, CancellationToken cancellationToken)
    {
        await using var batch = await store.ClaimAsync(time.GetUtcNow(), settings.BatchSize, cancellationToken);
        foreach (var row in batch.Rows)
        {
            try
            {
                await publisher.PublishAsync(row, settings.PublishTimeout, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var delay = OutboxBackoff.Delay((int)Math.Min(row.Attempts + 1, int.MaxValue), settings.InitialBackoff, settings.MaxBackoff);
                await batch.MarkFailedAsync(row, e.Message, time.GetUtcNow() + delay, cancellationToken);
                metrics.PublishFailed(row.MessageType);
                LogPublishFailed(e, row.MessageId, row.Attempts + 1, delay);
                continue;
            }

            await batch.MarkSentAsync(row, time.GetUtcNow(), cancellationToken);
            metrics.Published(row.MessageType);
        }

        await batch.CompleteAsync(cancellationToken);
        return batch.Rows.Count == settings.BatchSize;
    }

    private async Task<TimeSpan> UntilNextDueAsync(MessagingOptions settings, CancellationToken cancellationToken)
    {
        var nextDue = await store.NextDueAsync(cancellationToken);
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
    private partial void LogPublishFailed(Exception exception, string messageId, long attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox relay failed; retrying in {Delay}")]
    private partial void LogRelayFailed(Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Declaring the broker's subscriber topology failed; retrying in {Delay}")]
    private partial void LogTopologyFailed(Exception? exception, TimeSpan delay);
}
