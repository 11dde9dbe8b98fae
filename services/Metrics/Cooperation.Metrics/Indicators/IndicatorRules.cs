namespace Cooperation.Metrics.Indicators;

/// <summary>The indicators feature's rule ids.</summary>
public static class IndicatorRules
{
    /// <summary>¶5 "success criteria and measures": a success measure needs a direction the service knows ("increase" or "decrease").</summary>
    public const string MeasureDirectionMustBeKnown = "measure-direction-must-be-known";
}
