using Cooperation.BuildingBlocks.Data.Jobs;

namespace Cooperation.CapacityBuilding.Risks;

/// <summary>Escalates overdue risk reviews by itself, daily (<see cref="RiskReviewCheck"/>).</summary>
internal sealed class RiskReviewMonitor(RiskReviewCheck check, TimeProvider clock, ScheduledPassMetrics metrics, ILogger<RiskReviewMonitor> logger)
    : DailyJob(clock, metrics, logger)
{
    protected override string Name => "risk_review";

    protected override Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken) => check.RunAsync(now, cancellationToken);
}
