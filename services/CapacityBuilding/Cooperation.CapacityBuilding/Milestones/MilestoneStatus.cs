namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>Where a milestone stands. Numbers match the proto enum.</summary>
public enum MilestoneStatus
{
    Pending = 1,
    Achieved = 2,
    Missed = 3,
}
