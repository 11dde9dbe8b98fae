namespace Cooperation.CapacityBuilding.Risks;

/// <summary>Stable names of the risk rules, reported as the subject of a FailedPrecondition.</summary>
public static class RiskRules
{
    /// <summary>A closed risk is history; a new threat is a new risk (<see cref="Risk"/>).</summary>
    public const string ClosedRisksStayClosed = "closed-risks-stay-closed";

    /// <summary>Only a risk that may still happen can happen (<see cref="Risk"/>).</summary>
    public const string OnlyOpenRisksMaterialise = "only-open-risks-materialise";
}
