namespace Cooperation.Metrics.Indicators;

/// <summary>The built-in indicators of capacity building (¶4c), from the capacity-building service's events.</summary>
public static class CapacityBuildingIndicators
{
    /// <summary>Milestones achieved on or before their baseline due date, by lead agency.</summary>
    public const string MilestonesOnTime = "cb.milestones-on-time";

    /// <summary>Milestones achieved after their due date.</summary>
    public const string MilestonesLate = "cb.milestones-late";

    /// <summary>Milestones that passed their due date unachieved.</summary>
    public const string MilestonesMissed = "cb.milestones-missed";

    /// <summary>Spent ÷ committed budget, per currency only: amounts are never summed across currencies, so it has no total.</summary>
    public const string BudgetExecution = "cb.budget-execution";

    /// <summary>Risks whose latest assessment is open and above the high-risk threshold.</summary>
    public const string OpenHighRisks = "cb.open-high-risks";

    /// <summary>Results with a reported actual value (the latest per result).</summary>
    public const string ResultsReported = "cb.results-reported";

    /// <summary>Results whose latest actual reached their target in their direction.</summary>
    public const string ResultsOnTarget = "cb.results-on-target";

    public static IReadOnlyList<Indicator> All { get; } =
    [
        new(MilestonesOnTime, "Milestones achieved on time", "Навременно постигнати етапи", "milestones",
            Measure.Count, 0m, 3m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Agency],
        },
        new(MilestonesLate, "Milestones achieved late", "Закъснели етапи", "milestones",
            Measure.Count, 0m, 0m, Direction.Decrease, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Agency],
        },
        new(MilestonesMissed, "Milestones missed", "Пропуснати етапи", "milestones",
            Measure.Count, 0m, 0m, Direction.Decrease, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Agency],
        },
        new(BudgetExecution, "Budget execution", "Изпълнение на бюджета", "spent ÷ committed",
            Measure.Ratio, 0m, 0.9m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Currency],
        },
        new(OpenHighRisks, "Open high risks", "Открити високи рискове", "risks",
            Measure.Count, 0m, 0m, Direction.Decrease, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Agency],
        },
        new(ResultsReported, "Results reported", "Отчетени резултати", "results",
            Measure.Count, 0m, 5m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Agency],
        },
        new(ResultsOnTarget, "Results on target", "Резултати, достигнали целта", "results",
            Measure.Count, 0m, 5m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Agency],
        },
    ];
}
