using System.Diagnostics.Metrics;

namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>The relay's instruments on the <c>Cooperation.Messaging</c> meter.</summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "Cooperation.Messaging";

    private readonly Counter<long> _published;
    private readonly Counter<long> _failedAttempts;
    private readonly TimeProvider _time;
    private long _pendingCount;
    private DateTimeOffset? _oldestPending;

    public OutboxMetrics(IMeterFactory meterFactory, TimeProvider time)
    {
        _time = time;
        var meter = meterFactory.Create(MeterName);
        _published = meter.CreateCounter<long>(
            "cooperation.messaging.outbox.published", "{event}", "Events published from the outbox and confirmed by the broker.");
        _failedAttempts = meter.CreateCounter<long>(
            "cooperation.messaging.outbox.publish_failures", "{attempt}", "Publish attempts that failed and will be retried.");
        meter.CreateObservableGauge(
            "cooperation.messaging.outbox.pending", () => Interlocked.Read(ref _pendingCount), "{event}", "Events waiting to be published.");
        meter.CreateObservableGauge(
            "cooperation.messaging.outbox.oldest_pending_age", OldestPendingAgeSeconds, "s", "Age of the oldest event waiting to be published.");
    }

    public void Published(string messageType) => _published.Add(1, new KeyValuePair<string, object?>("message_type", messageType));

    public void PublishFailed(string messageType) => _failedAttempts.Add(1, new KeyValuePair<string, object?>("message_type", messageType));

    internal void Observe(OutboxPending pending)
    {
        Interlocked.Exchange(ref _pendingCount, pending.Count);
        _oldestPending = pending.OldestOccurredAt;
    }

    private double OldestPendingAgeSeconds() =>
        _oldestPending is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0;
}
