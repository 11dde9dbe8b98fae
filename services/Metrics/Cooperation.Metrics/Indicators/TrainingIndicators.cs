namespace Cooperation.Metrics.Indicators;

/// <summary>The built-in indicators of training and exchanges (¶4b), from the training service's events.</summary>
public static class TrainingIndicators
{
    /// <summary>Sessions of training events held (first attendance recorded), by host agency.</summary>
    public const string SessionsHeld = "tr.sessions-held";

    /// <summary>Seats approved on training events, by the nominating agency.</summary>
    public const string BookingsApproved = "tr.bookings-approved";

    /// <summary>Officials who completed a training event, by participant, agency and theme.</summary>
    public const string OfficialsTrained = "tr.officials-trained";

    /// <summary>Share of assessed bookings that met the completion rule.</summary>
    public const string CompletionRate = "tr.completion-rate";

    /// <summary>Mean post-score minus pre-score (points of 100) where both were assessed.</summary>
    public const string AssessmentGain = "tr.assessment-gain";

    /// <summary>Certificates issued, less those revoked.</summary>
    public const string Certificates = "tr.certificates";

    /// <summary>BG–UK exchanges begun, by the guest's participant and agency.</summary>
    public const string ExchangesStarted = "tr.exchanges-started";

    /// <summary>BG–UK exchanges ended with the guest's return.</summary>
    public const string ExchangesCompleted = "tr.exchanges-completed";

    /// <summary>Cascade sessions delivered by trained officials.</summary>
    public const string CascadesDelivered = "tr.cascades-delivered";

    /// <summary>People reached by cascade sessions (their audiences added up).</summary>
    public const string CascadeReach = "tr.cascade-reach";

    /// <summary>Share of the training needs' headcount covered, from the latest figure of every need.</summary>
    public const string NeedCoverage = "tr.need-coverage";

    public static IReadOnlyList<Indicator> All { get; } =
    [
        new(SessionsHeld, "Training sessions held", "Проведени обучителни сесии", "sessions",
            Measure.Count, 0m, 4m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Agency],
        },
        new(BookingsApproved, "Training places approved", "Одобрени места за обучение", "bookings",
            Measure.Count, 0m, 20m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Agency],
        },
        new(OfficialsTrained, "Officials trained", "Обучени служители", "officials",
            Measure.Count, 0m, 20m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Participant, Dimensions.Agency, Dimensions.Theme],
        },
        new(CompletionRate, "Training completion rate", "Дял на завършилите обучение", "share",
            Measure.Ratio, 0m, 0.8m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Participant, Dimensions.Agency],
        },
        new(AssessmentGain, "Assessment gain", "Подобрение при оценяването", "points",
            Measure.Percentage, 0m, 15m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Participant, Dimensions.Agency],
        },
        new(Certificates, "Certificates issued", "Издадени сертификати", "certificates",
            Measure.Count, 0m, 15m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Agency],
        },
        new(ExchangesStarted, "Exchanges started", "Започнати обмени", "exchanges",
            Measure.Count, 0m, 2m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Participant, Dimensions.Agency],
        },
        new(ExchangesCompleted, "Exchanges completed", "Завършени обмени", "exchanges",
            Measure.Count, 0m, 2m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Participant, Dimensions.Agency],
        },
        new(CascadesDelivered, "Cascade sessions delivered", "Проведени каскадни обучения", "sessions",
            Measure.Count, 0m, 4m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Participant, Dimensions.Agency],
        },
        new(CascadeReach, "People reached by cascades", "Обхванати чрез каскадно обучение", "people",
            Measure.Count, 0m, 60m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Participant, Dimensions.Agency],
        },
        new(NeedCoverage, "Training needs covered", "Покрити потребности от обучение", "% of headcount",
            Measure.Percentage, 0m, 75m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Participant, Dimensions.Agency, Dimensions.Theme],
        },
    ];
}
