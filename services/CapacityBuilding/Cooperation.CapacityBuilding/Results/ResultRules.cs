namespace Cooperation.CapacityBuilding.Results;

/// <summary>Stable names of the result rules, reported as the subject of a FailedPrecondition.</summary>
public static class ResultRules
{
    /// <summary>IATI: an indicator has one actual per period; periods do not overlap, so nothing is counted twice (<see cref="Indicator.Report"/>).</summary>
    public const string OneActualPerIndicatorAndPeriod = "one-actual-per-indicator-and-period";
}
