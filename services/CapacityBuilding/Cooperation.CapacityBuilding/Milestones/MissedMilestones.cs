namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>
/// The missed-milestone rule: a pending milestone whose due date is before today (the service's
/// UTC day) is missed. <see cref="MilestoneRepository"/> applies the same condition in its claim.
/// </summary>
public static class MissedMilestones
{
    public static bool IsPastDue(DateOnly dueOn, DateOnly today) => dueOn < today;

    public static bool IsMissed(MilestoneStatus status, DateOnly dueOn, DateOnly today) =>
        status == MilestoneStatus.Pending && IsPastDue(dueOn, today);
}
