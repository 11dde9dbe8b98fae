namespace Cooperation.Metrics.Indicators;

/// <summary>
/// The programme's built-in indicators, seeded at start-up: the working group's (¶5, ¶6, ¶8) here,
/// then training's, capacity building's and information sharing's (<see cref="All"/> holds every one).
/// </summary>
public static class BuiltInIndicators
{
    /// <summary>¶5 "within a month of signing": 1 when the working group was established on time, 0 when late.</summary>
    public const string EstablishedOnTime = "wg.established-on-time";

    /// <summary>¶6 "at least quarterly": meetings held in the quarter.</summary>
    public const string MeetingsHeld = "wg.meetings-held";

    /// <summary>¶6: quarters that closed without a held meeting (a breach of the cadence).</summary>
    public const string QuartersBreached = "wg.quarters-breached";

    /// <summary>¶5: projects the working group agreed.</summary>
    public const string ProjectsAgreed = "wg.projects-agreed";

    /// <summary>¶5: agreed projects whose workstream commenced them.</summary>
    public const string ProjectsCommenced = "wg.projects-commenced";

    /// <summary>¶5: projects completed.</summary>
    public const string ProjectsCompleted = "wg.projects-completed";

    /// <summary>¶8 "subject to regular review": reviews of the statement.</summary>
    public const string StatementReviews = "wg.statement-reviews";

    /// <summary>¶6 "at least quarterly": % of the quarters since establishment that had a meeting (see CadenceCompliance).</summary>
    public const string CadenceCompliance = "wg.cadence-compliance";

    /// <summary>¶6 follow-up: share of the action items marked done in the quarter that were done by their due date.</summary>
    public const string ActionItemsClosedOnTime = "wg.action-items-closed-on-time";

    /// <summary>¶6 "all relevant agencies": share of registered agencies with a current member, latest figure, by participant.</summary>
    public const string AgencyCoverage = "wg.agency-coverage";

    public static IReadOnlyList<Indicator> WorkingGroup { get; } =
    [
        new(EstablishedOnTime, "Working group established on time", "Работната група е създадена в срок", "yes/no",
            Measure.Count, 0m, 1m, Direction.Increase, PeriodType.Once, IndicatorSource.BuiltIn),
        new(MeetingsHeld, "Working-group meetings held", "Проведени заседания на работната група", "meetings",
            Measure.Count, 0m, 1m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn),
        new(QuartersBreached, "Quarters without a meeting", "Тримесечия без заседание", "quarters",
            Measure.Count, 0m, 0m, Direction.Decrease, PeriodType.Quarter, IndicatorSource.BuiltIn),
        new(ProjectsAgreed, "Projects agreed", "Договорени проекти", "projects",
            Measure.Count, 0m, 1m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn),
        new(ProjectsCommenced, "Projects commenced", "Започнати проекти", "projects",
            Measure.Count, 0m, 1m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn),
        new(ProjectsCompleted, "Projects completed", "Завършени проекти", "projects",
            Measure.Count, 0m, 1m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn),
        new(StatementReviews, "Reviews of the joint statement", "Прегледи на съвместното изявление", "reviews",
            Measure.Count, 0m, 1m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn),
        new(CadenceCompliance, "Meeting cadence compliance", "Спазване на периодичността на заседанията", "% of quarters",
            Measure.Percentage, 0m, 100m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn),
        new(ActionItemsClosedOnTime, "Action items closed on time", "Задачи, изпълнени в срок", "% of items closed",
            Measure.Percentage, 0m, 80m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn),
        new(AgencyCoverage, "Agencies represented in the working group", "Ведомства, представени в работната група", "% of agencies",
            Measure.Percentage, 0m, 100m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Participant],
        },
    ];

    /// <summary>True for an indicator whose total would add what must not be added (amounts in different currencies).</summary>
    public static bool HasNoTotal(string code) => code == CapacityBuildingIndicators.BudgetExecution;

    public static IReadOnlyList<Indicator> All { get; } =
        [.. WorkingGroup, .. TrainingIndicators.All, .. CapacityBuildingIndicators.All, .. InformationSharingIndicators.All];
}
