using Cooperation.Contracts.Messages.CapacityBuilding;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>
/// Which capacity-building indicator each capacity-building event moves. Counts are broken down by
/// the lead agency; budget execution only by currency (amounts in different currencies are never
/// added, so it has no total); stocks keep the latest figure per risk, result and budget line.
/// </summary>
public static class CapacityBuildingProjection
{
    public static IReadOnlyList<Observation> Of(MilestoneAchieved achieved)
    {
        ArgumentNullException.ThrowIfNull(achieved);
        var code = achieved.OnTime ? CapacityBuildingIndicators.MilestonesOnTime : CapacityBuildingIndicators.MilestonesLate;
        return Observation.Count(code, Quarter.Of(achieved.AchievedOn)).WithBreakdown([Disaggregation.Of(Dimensions.Agency, achieved.LeadAgencyId)]);
    }

    public static IReadOnlyList<Observation> Of(MilestoneMissed missed) =>
        Observation.Count(CapacityBuildingIndicators.MilestonesMissed, Quarter.Of(missed.DueOn))
            .WithBreakdown([Disaggregation.Of(Dimensions.Agency, missed.LeadAgencyId)]);

    /// <summary>The latest spent and committed figures of one project's budget period in one currency.</summary>
    public static IReadOnlyList<Figure> Figures(BudgetExecutionChanged budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var subject = $"{budget.ProjectId:D}/{budget.PeriodStart:yyyy-MM-dd}/{budget.PeriodEnd:yyyy-MM-dd}";
        return
        [
            new Figure(CapacityBuildingIndicators.BudgetExecution, subject, Disaggregation.Of(Dimensions.Currency, budget.Currency.ToUpperInvariant()),
                Quarter.Of(budget.OccurredAt), budget.Spent, budget.CommittedBudget, budget.OccurredAt, FigureAggregate.Ratio, FigureScope.Stock),
        ];
    }

    /// <summary>A risk counts while its latest assessment is open and high; a closed or lowered one leaves the count.</summary>
    public static IReadOnlyList<Figure> Figures(RiskAssessed risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new Figure(CapacityBuildingIndicators.OpenHighRisks, risk.RiskId.ToString("D"), Disaggregation.Total, Quarter.Of(risk.OccurredAt),
                risk.IsOpen && risk.IsHigh ? 1m : 0m, 1m, risk.OccurredAt, FigureAggregate.Sum, FigureScope.Stock)
            .WithBreakdown([Disaggregation.Of(Dimensions.Agency, risk.LeadAgencyId)]);
    }

    /// <summary>The latest reported actual of a result: reported, and on target when it reached the target in its direction.</summary>
    public static IReadOnlyList<Figure> Figures(ResultReported result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var quarter = Quarter.Of(result.OccurredAt);
        var subject = result.ResultId.ToString("D");
        string[] keys = [Disaggregation.Of(Dimensions.Agency, result.LeadAgencyId)];
        var reached = result.Ascending ? result.Actual >= result.Target : result.Actual <= result.Target;
        return
        [
            .. new Figure(CapacityBuildingIndicators.ResultsReported, subject, Disaggregation.Total, quarter,
                1m, 1m, result.OccurredAt, FigureAggregate.Sum, FigureScope.Stock).WithBreakdown(keys),
            .. new Figure(CapacityBuildingIndicators.ResultsOnTarget, subject, Disaggregation.Total, quarter,
                reached ? 1m : 0m, 1m, result.OccurredAt, FigureAggregate.Sum, FigureScope.Stock).WithBreakdown(keys),
        ];
    }
}
