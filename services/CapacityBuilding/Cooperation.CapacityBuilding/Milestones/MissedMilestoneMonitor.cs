namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>Marks milestones missed by itself, daily (<see cref="MissedMilestoneCheck"/>).</summary>
internal sealed class MissedMilestoneMonitor(MissedMilestoneCheck check, TimeProvider clock, ILogger<MissedMilestoneMonitor> logger)
    : DailyJob(clock, logger)
{
    protected override string Name => "missed-milestone";

    protected override Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken) => check.RunAsync(now, cancellationToken);
}
