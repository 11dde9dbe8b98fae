namespace Cooperation.Metrics.Indicators;

/// <summary>A stored quarterly value of an indicator with its change-log version, as both the current values and the stream read it.</summary>
internal sealed class IndicatorValueRow
{
    public string IndicatorCode { get; init; } = "";
    public int Year { get; init; }
    public int Quarter { get; init; }

    /// <summary>Empty (the total) where the query does not select it.</summary>
    public string Disaggregation { get; init; } = "";
    public decimal Value { get; init; }
    public long Version { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public IndicatorValue ToValue() => new(IndicatorCode, new Quarter(Year, Quarter), Value, Version, UpdatedAt) { Disaggregation = Disaggregation };
}
