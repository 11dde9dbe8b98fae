using Cooperation.BuildingBlocks.Domain;
using Cooperation.Contracts.Messages.WorkingGroup;

namespace Cooperation.Metrics.Indicators;

/// <summary>
/// The indicator that follows a working-group success measure. The working group names a measure
/// in one language; the Bulgarian name repeats it until one is given.
/// </summary>
public static class SuccessMeasureIndicator
{
    public static Indicator From(SuccessMeasureDefined measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var direction = measure.Direction.Trim().ToLowerInvariant() switch
        {
            "increase" => Direction.Increase,
            "decrease" => Direction.Decrease,
            _ => throw new RuleViolationException(
                IndicatorRules.MeasureDirectionMustBeKnown, $"Success measure {measure.MeasureId} has direction '{measure.Direction}'."),
        };
        var period = measure.Period.Trim().Equals("once", StringComparison.OrdinalIgnoreCase) ? PeriodType.Once : PeriodType.Quarter;
        return new Indicator(
            Indicator.CodeOfMeasure(measure.MeasureId), measure.Name, measure.Name, measure.Unit, Measure.Count,
            measure.Baseline, measure.Target, direction, period, IndicatorSource.SuccessMeasure, measure.MeasureId);
    }
}
