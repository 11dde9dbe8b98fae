namespace Cooperation.CapacityBuilding.Risks;

/// <summary>Escalates overdue risk reviews by itself, daily (<see cref="RiskReviewCheck"/>).</summary>
internal sealed class RiskReviewMonitor(RiskReviewCheck check, TimeProvider clock, ILogger<RiskReviewMonitor> logger) : DailyJob(clock, logger)
{
    protected override string Name => "risk-review";

    protected override Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken) => check.RunAsync(now, cancellationToken);
}
