namespace Cooperation.Metrics.Observations;

/// <summary>The observations feature's rule ids.</summary>
public static class ObservationRules
{
    /// <summary>A value is entered for a quarter that has begun; the future has no figures yet.</summary>
    public const string QuarterMustHaveBegun = "observation-quarter-must-have-begun";

    /// <summary>An entry fills a value nothing has shown; replacing a shown value is a correction, which keeps what it replaced.</summary>
    public const string EntryMustNotReplaceAShownValue = "entry-must-not-replace-a-shown-value";

    /// <summary>A correction replaces a value that is shown.</summary>
    public const string CorrectionNeedsAShownValue = "correction-needs-a-shown-value";

    /// <summary>A correction changes the value; the same value again corrects nothing.</summary>
    public const string CorrectionMustChangeTheValue = "correction-must-change-the-value";
}
