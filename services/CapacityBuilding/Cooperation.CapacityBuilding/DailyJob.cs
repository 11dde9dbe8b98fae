using Cooperation.BuildingBlocks.Data.Jobs;

namespace Cooperation.CapacityBuilding;

/// <summary>
/// A pass of a check run by itself on the service's clock: at start-up (catching what fell due
/// while the service was down) and then at each UTC midnight (see <see cref="ScheduledPassJob"/>
/// for how a failed pass is retried).
/// </summary>
internal abstract class DailyJob(TimeProvider clock, ScheduledPassMetrics metrics, ILogger logger) : ScheduledPassJob(clock, metrics, logger)
{
    /// <summary>The next UTC midnight after <paramref name="checkedAt"/>.</summary>
    internal static DateTimeOffset NextCheckAfter(DateTimeOffset checkedAt) =>
        new(DateOnly.FromDateTime(checkedAt.UtcDateTime).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    protected override DateTimeOffset NextPassAfter(DateTimeOffset checkedAt) => NextCheckAfter(checkedAt);
}
