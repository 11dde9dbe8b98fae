namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>Stable names of the milestone and baseline rules, reported as the subject of a FailedPrecondition.</summary>
public static class MilestoneRules
{
    /// <summary>An achievement is recorded once with its evidence; it is not re-dated or undone (<see cref="Milestone"/>).</summary>
    public const string AchievedMilestonesStayAchieved = "achieved-milestones-stay-achieved";

    /// <summary>The baseline is the plan as approved; taking it again would hide the drift it exists to show (<see cref="PlanBaseline"/>).</summary>
    public const string ThePlanIsBaselinedOnce = "the-plan-is-baselined-once";

    /// <summary>A variance is measured against a baseline, so there is none before the plan is approved (<see cref="PlanBaseline"/>).</summary>
    public const string VarianceNeedsABaseline = "variance-needs-a-baseline";
}
