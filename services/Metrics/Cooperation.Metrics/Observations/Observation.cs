using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>How an observation changes a quarter's value: adds to it, or sets it.</summary>
public enum ObservationKind
{
    Increment = 1,
    Absolute = 2,
}

/// <summary>One event's effect on one indicator in one quarter.</summary>
public sealed record Observation(string IndicatorCode, Quarter Quarter, ObservationKind Kind, decimal Amount)
{
    public static Observation Count(string code, Quarter quarter) => new(code, quarter, ObservationKind.Increment, 1m);

    public static Observation Set(string code, Quarter quarter, decimal value) => new(code, quarter, ObservationKind.Absolute, value);
}
