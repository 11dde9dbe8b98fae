namespace Cooperation.Metrics.Indicators;

/// <summary>One indicator of the programme (¶1, ¶5): what it counts, where it starts and where it aims.</summary>
public sealed record Indicator(
    string Code,
    string NameEn,
    string NameBg,
    string Unit,
    Measure Measure,
    decimal Baseline,
    decimal Target,
    Direction Direction,
    PeriodType PeriodType,
    IndicatorSource Source,
    Guid? MeasureId = null)
{
    /// <summary>The dimensions (<see cref="Dimensions"/>) its values are broken down by, besides the total.</summary>
    public IReadOnlyList<string> Disaggregations { get; init; } = [];

    /// <summary>The code of the indicator that follows a working-group success measure.</summary>
    public static string CodeOfMeasure(Guid measureId) => $"wg.measure.{measureId:N}";
}
