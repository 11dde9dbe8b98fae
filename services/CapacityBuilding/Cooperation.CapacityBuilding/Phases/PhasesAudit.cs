namespace Cooperation.CapacityBuilding.Phases;

/// <summary>Resource-type names of the phases' audit records.</summary>
public static class PhasesAudit
{
    public const string Phase = "Phase";

    public const string GateCriterion = "GateCriterion";

    /// <summary>Why a list of phases is audited: gate sign-offs name the people who gave them.</summary>
    public const string ListJustification = "project governance: gate sign-offs name who signed them";
}
