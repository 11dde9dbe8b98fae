namespace Cooperation.Metrics.Indicators;

/// <summary>The built-in indicators of ¶4a's "volume and speed of sharing", from the information-sharing log.</summary>
public static class InformationSharingIndicators
{
    /// <summary>Exchanges logged in the quarter of their request, by channel.</summary>
    public const string Volume = "isl.volume";

    /// <summary>Share of the quarter's answered exchanges answered within their urgency band's deadline, by channel.</summary>
    public const string AnsweredWithinDeadline = "isl.answered-within-deadline";

    /// <summary>Median hours from request to answer of the quarter's answered exchanges, by channel.</summary>
    public const string MedianHoursToAnswer = "isl.median-hours-to-answer";

    public static IReadOnlyList<Indicator> All { get; } =
    [
        new(Volume, "Information exchanges", "Обмен на информация", "exchanges",
            Measure.Count, 0m, 50m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Channel],
        },
        new(AnsweredWithinDeadline, "Answered within the deadline", "Отговорени в срок", "share",
            Measure.Ratio, 0m, 0.9m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Channel],
        },
        new(MedianHoursToAnswer, "Median time to answer", "Медианно време за отговор", "hours",
            Measure.Count, 72m, 24m, Direction.Decrease, PeriodType.Quarter, IndicatorSource.BuiltIn)
        {
            Disaggregations = [Dimensions.Channel],
        },
    ];
}
