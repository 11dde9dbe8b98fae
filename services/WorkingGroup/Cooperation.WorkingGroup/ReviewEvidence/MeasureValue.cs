using Cooperation.WorkingGroup.Cadence;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>Where a success measure's value came from. Numbers match the proto enum.</summary>
internal enum MeasureValueState
{
    Observed = 1,
    NotObserved = 2,
    MetricsUnavailable = 3,
}

/// <summary>A success measure's latest value up to a period's end, as the metrics service gave it (or could not).</summary>
internal sealed record MeasureValue(MeasureValueState State, double Value = 0, CalendarQuarter? Quarter = null)
{
    public static MeasureValue NotObserved { get; } = new(MeasureValueState.NotObserved);

    public static MeasureValue Unavailable { get; } = new(MeasureValueState.MetricsUnavailable);

    public static MeasureValue Observed(double value, CalendarQuarter quarter) => new(MeasureValueState.Observed, value, quarter);
}
