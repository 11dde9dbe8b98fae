using Cooperation.BuildingBlocks.Data.Jobs;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// Runs the retention pass at start-up and then once a day by the service's clock, so data past
/// its retention period is erased without anyone asking.
/// </summary>
internal sealed class OfficialRetentionJob(OfficialRetentionPass pass, TimeProvider clock, ScheduledPassMetrics metrics, ILogger<OfficialRetentionJob> logger)
    : ScheduledPassJob(clock, metrics, logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override string Name => "official_retention";

    protected override DateTimeOffset NextPassAfter(DateTimeOffset checkedAt) => checkedAt + Interval;

    protected override Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken) => pass.RunAsync(cancellationToken);
}
