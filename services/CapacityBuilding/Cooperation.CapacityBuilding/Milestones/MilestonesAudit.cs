namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>Resource-type names of the milestones' and baseline's audit records.</summary>
public static class MilestonesAudit
{
    public const string Milestone = "Milestone";

    public const string Baseline = "Baseline";
}
