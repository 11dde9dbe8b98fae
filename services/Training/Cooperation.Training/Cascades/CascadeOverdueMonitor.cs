using Cooperation.BuildingBlocks.Data.Jobs;

namespace Cooperation.Training.Cascades;

/// <summary>
/// Flags overdue cascade commitments by itself: a pass at start-up (catching days that passed while
/// the service was down), then one just after each UTC midnight, when a due day has passed. A pass
/// flags each commitment once, so an extra wake-up costs one UPDATE that changes nothing.
/// </summary>
internal sealed class CascadeOverdueMonitor(CascadeOverdueCheck check, TimeProvider clock, ScheduledPassMetrics metrics, ILogger<CascadeOverdueMonitor> logger)
    : ScheduledPassJob(clock, metrics, logger)
{
    /// <summary>When the next pass is due after a pass that ran as of <paramref name="checkedAt"/>: the next UTC midnight.</summary>
    internal static DateTimeOffset NextCheckAfter(DateTimeOffset checkedAt)
    {
        var tomorrow = DateOnly.FromDateTime(checkedAt.UtcDateTime).AddDays(1);
        return new DateTimeOffset(tomorrow.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    protected override string Name => "cascade_overdue";

    protected override DateTimeOffset NextPassAfter(DateTimeOffset checkedAt) => NextCheckAfter(checkedAt);

    protected override Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken) => check.RunAsync(now, cancellationToken);
}
