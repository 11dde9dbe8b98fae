namespace Cooperation.Metrics.Indicators;

/// <summary>The value of one indicator in one quarter, with the change-log version that last set it.</summary>
public sealed record IndicatorValue(string IndicatorCode, Quarter Quarter, decimal Value, long Version, DateTimeOffset UpdatedAt)
{
    /// <summary>The disaggregation key of the value; empty for the total.</summary>
    public string Disaggregation { get; init; } = "";
}
