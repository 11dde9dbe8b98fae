using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Reports;

/// <summary>
/// The quarterly report for the working group (¶5 "assess its impact"): every indicator with its
/// target, its value, progress and RAG status in the quarter, and what changed since the previous
/// quarter (the value's delta and the status before). Values are those the caller may see.
/// </summary>
public sealed record QuarterlyReport(Quarter Quarter, Quarter PreviousQuarter, bool PublishedOnly, IReadOnlyList<ReportLine> Lines)
{
    public static QuarterlyReport Build(
        Quarter quarter, bool publishedOnly, IReadOnlyList<Indicator> indicators,
        IReadOnlyDictionary<string, IndicatorValue> values, IReadOnlyDictionary<string, IndicatorValue> previousValues)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(previousValues);
        var lines = indicators
            .Select(i => ReportLine.Of(i, values.GetValueOrDefault(i.Code), previousValues.GetValueOrDefault(i.Code)))
            .ToList();
        return new QuarterlyReport(quarter, PreviousOf(quarter), publishedOnly, lines);
    }

    public static Quarter PreviousOf(Quarter quarter) =>
        quarter.Number == 1 ? new Quarter(quarter.Year - 1, 4) : new Quarter(quarter.Year, quarter.Number - 1);
}

/// <summary>One indicator's line: where it stands now and against the previous quarter.</summary>
public sealed record ReportLine(
    Indicator Indicator, IndicatorValue? Value, decimal Progress, RagStatus Status,
    IndicatorValue? Previous, RagStatus PreviousStatus)
{
    /// <summary>Value minus the previous value; null unless both quarters have one.</summary>
    public decimal? Delta => Value is not null && Previous is not null ? Value.Value - Previous.Value : null;

    public bool StatusChanged => Status != PreviousStatus;

    public static ReportLine Of(Indicator indicator, IndicatorValue? value, IndicatorValue? previous) => new(
        indicator, value,
        TargetProgress.Progress(indicator, value?.Value), TargetProgress.Status(indicator, value?.Value),
        previous, TargetProgress.Status(indicator, previous?.Value));
}
