using Cooperation.BuildingBlocks.Data.Jobs;

namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>Marks milestones missed by itself, daily (<see cref="MissedMilestoneCheck"/>).</summary>
internal sealed class MissedMilestoneMonitor(MissedMilestoneCheck check, TimeProvider clock, ScheduledPassMetrics metrics,
    ILogger<MissedMilestoneMonitor> logger) : DailyJob(clock, metrics, logger)
{
    protected override string Name => "missed_milestone";

    protected override Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken) => check.RunAsync(now, cancellationToken);
}
