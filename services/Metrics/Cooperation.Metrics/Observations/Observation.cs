using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>How an observation changes a quarter's value: adds to it, or sets it.</summary>
public enum ObservationKind
{
    Increment = 1,
    Absolute = 2,
}

/// <summary>One event's effect on one indicator in one quarter, on its total or on one disaggregation key.</summary>
public sealed record Observation(
    string IndicatorCode, Quarter Quarter, ObservationKind Kind, decimal Amount, string Disaggregation = Indicators.Disaggregation.Total)
{
    public static Observation Count(string code, Quarter quarter) => new(code, quarter, ObservationKind.Increment, 1m);

    public static Observation Add(string code, Quarter quarter, decimal amount, string disaggregation = Indicators.Disaggregation.Total) =>
        new(code, quarter, ObservationKind.Increment, amount, disaggregation);

    public static Observation Set(string code, Quarter quarter, decimal value, string disaggregation = Indicators.Disaggregation.Total) =>
        new(code, quarter, ObservationKind.Absolute, value, disaggregation);

    /// <summary>
    /// The same change on the total and on each key of <paramref name="disaggregations"/>, so the total
    /// and its breakdown are written in the same transaction.
    /// </summary>
    public IReadOnlyList<Observation> WithBreakdown(IEnumerable<string> disaggregations) =>
        [this, .. disaggregations.Distinct(StringComparer.Ordinal).Select(key => this with { Disaggregation = key })];
}
