namespace Cooperation.Metrics.Indicators;

/// <summary>
/// How far an indicator's value has come from its baseline towards its target, and its RAG status
/// (services/Metrics/README.md, "The RAG rule"):
/// progress = (value − baseline) / (target − baseline), capped to 0..1, which reads the same way
/// for an increasing and a decreasing indicator because the target lies on the side of the
/// baseline the direction names. Green when the target is reached or passed in the indicator's
/// direction; amber when progress is at least <see cref="AmberThreshold"/>; red otherwise
/// (including no observation at all, and a value that moved away from the target).
/// A target equal to the baseline is reached by any value not on the wrong side of it.
/// </summary>
public static class TargetProgress
{
    /// <summary>Half of the way from baseline to target.</summary>
    public const decimal AmberThreshold = 0.5m;

    public static decimal Progress(Indicator indicator, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is not { } actual)
        {
            return 0m;
        }

        var span = indicator.Target - indicator.Baseline;
        if (span == 0m)
        {
            return Reached(indicator, actual) ? 1m : 0m;
        }

        return Math.Clamp((actual - indicator.Baseline) / span, 0m, 1m);
    }

    public static RagStatus Status(Indicator indicator, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is not { } actual)
        {
            return RagStatus.Red;
        }

        if (Reached(indicator, actual))
        {
            return RagStatus.Green;
        }

        return Progress(indicator, actual) >= AmberThreshold ? RagStatus.Amber : RagStatus.Red;
    }

    private static bool Reached(Indicator indicator, decimal value) =>
        indicator.Direction == Direction.Increase ? value >= indicator.Target : value <= indicator.Target;
}
