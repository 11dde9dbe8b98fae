using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>
/// A milestone or deliverable of a project: due on a date, achieved on a date with evidence, or
/// missed when its due date passes unachieved (<see cref="MissedMilestones"/>); a missed milestone
/// may still be achieved, late.
/// </summary>
public sealed class Milestone(
    Guid id, Guid projectId, string title, DateOnly dueOn, MilestoneStatus status,
    DateOnly? achievedOn = null, string? evidence = null, DateTimeOffset? missedAt = null)
{
    public Guid Id { get; } = id;

    public Guid ProjectId { get; } = projectId;

    public string Title { get; } = title;

    public DateOnly DueOn { get; private set; } = dueOn;

    public MilestoneStatus Status { get; private set; } = status;

    public DateOnly? AchievedOn { get; private set; } = achievedOn;

    public string? Evidence { get; private set; } = evidence;

    public DateTimeOffset? MissedAt { get; private set; } = missedAt;

    /// <summary>Records the achievement; true when on or before <paramref name="measuredAgainst"/> (the baseline's due date, else the plan's).</summary>
    public bool Achieve(DateOnly achievedOn, string evidence, DateOnly measuredAgainst)
    {
        EnsureNotAchieved();
        Status = MilestoneStatus.Achieved;
        AchievedOn = achievedOn;
        Evidence = evidence;
        return achievedOn <= measuredAgainst;
    }

    /// <summary>Moves the due date; a missed milestone due again from <paramref name="today"/> on is pending again.</summary>
    public void Reschedule(DateOnly dueOn, DateOnly today)
    {
        EnsureNotAchieved();
        DueOn = dueOn;
        if (Status == MilestoneStatus.Missed && !MissedMilestones.IsPastDue(dueOn, today))
        {
            Status = MilestoneStatus.Pending;
            MissedAt = null;
        }
    }

    private void EnsureNotAchieved()
    {
        if (Status == MilestoneStatus.Achieved)
        {
            throw new RuleViolationException(MilestoneRules.AchievedMilestonesStayAchieved,
                $"Milestone {Id} was achieved on {AchievedOn:yyyy-MM-dd}; an achievement is recorded once.");
        }
    }
}
