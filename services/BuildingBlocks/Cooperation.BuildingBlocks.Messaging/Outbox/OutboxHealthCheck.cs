using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Degraded when the oldest unsent event has waited longer than
/// <see cref="MessagingOptions.PendingAgeDegradedAfter"/>: the broker is unreachable or the relay is
/// stuck. The service still works (events wait safely in the outbox), hence Degraded, not Unhealthy.
/// </summary>
internal sealed class OutboxHealthCheck(OutboxStore store, TimeProvider time, IOptions<MessagingOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await store.PendingAsync(cancellationToken);
        var age = pending.OldestOccurredAt is { } oldest ? time.GetUtcNow() - oldest : TimeSpan.Zero;
        var data = new Dictionary<string, object>
        {
            ["pending"] = pending.Count,
            ["oldest_pending_age_seconds"] = Math.Max(0, age.TotalSeconds),
        };
        return age > options.Value.PendingAgeDegradedAfter
            ? HealthCheckResult.Degraded($"{pending.Count} events unsent; the oldest has waited {age}.", data: data)
            : HealthCheckResult.Healthy($"{pending.Count} events unsent.", data);
    }
}
