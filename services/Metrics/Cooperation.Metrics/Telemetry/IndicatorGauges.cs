using System.Diagnostics.Metrics;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Telemetry;

/// <summary>
/// The indicators' current values as OpenTelemetry metrics (meter <see cref="MeterName"/>, matched
/// by ServiceDefaults' "Cooperation.*"): one observable gauge whose measurements carry
/// <c>indicator.code</c>, <c>indicator.period</c> and one attribute per disaggregation dimension.
/// A scrape reads the snapshot in memory; <see cref="IndicatorGaugeRefresher"/> replaces it after commits.
/// </summary>
public sealed class IndicatorGauges
{
    public const string MeterName = "Cooperation.Metrics.Indicators";
    public const string GaugeName = "cooperation.indicator.value";

    private IReadOnlyList<Measurement<double>> _measurements = [];

    public IndicatorGauges(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge(GaugeName, () => Volatile.Read(ref _measurements), unit: "{value}",
            description: "Each indicator's value in the latest quarter observed, in total and per disaggregation key.");
    }

    /// <summary>Replaces what scrapes report; the list is built once here, never per scrape.</summary>
    public void Replace(IReadOnlyList<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Volatile.Write(ref _measurements, values.Select(ToMeasurement).ToArray());
    }

    private static Measurement<double> ToMeasurement(IndicatorValue value)
    {
        var tags = new List<KeyValuePair<string, object?>>(3)
        {
            new("indicator.code", value.IndicatorCode),
            new("indicator.period", $"{value.Quarter.Year}-Q{value.Quarter.Number}"),
        };
        if (Disaggregation.TryParse(value.Disaggregation, out var dimension, out var key))
        {
            tags.Add(new(dimension, key));
        }

        return new Measurement<double>((double)value.Value, tags);
    }
}
