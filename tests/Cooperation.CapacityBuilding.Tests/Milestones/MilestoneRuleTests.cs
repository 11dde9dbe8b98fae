using Cooperation.BuildingBlocks.Domain;
using Cooperation.CapacityBuilding.Milestones;

namespace Cooperation.CapacityBuilding.Tests.Milestones;

public sealed class MilestoneRuleTests
{
    private static readonly DateOnly Today = new(2024, 6, 10);

    [Theory]
    [InlineData(MilestoneStatus.Pending, -1, true)]
    [InlineData(MilestoneStatus.Pending, 0, false)]
    [InlineData(MilestoneStatus.Pending, 1, false)]
    [InlineData(MilestoneStatus.Achieved, -5, false)]
    [InlineData(MilestoneStatus.Missed, -5, false)]
    public void A_pending_milestone_due_before_today_is_missed(MilestoneStatus status, int dueInDays, bool missed) =>
        Assert.Equal(missed, MissedMilestones.IsMissed(status, Today.AddDays(dueInDays), Today));

    [Fact]
    public void Achieved_milestones_stay_achieved()
    {
        var milestone = new Milestone(Guid.NewGuid(), Guid.NewGuid(), "Scanners installed", Today, MilestoneStatus.Pending);
        milestone.Achieve(Today, "Acceptance report", Today);

        var again = Assert.Throws<RuleViolationException>(() => milestone.Achieve(Today, "again", Today));
        var moved = Assert.Throws<RuleViolationException>(() => milestone.Reschedule(Today.AddDays(3), Today));

        Assert.Equal(MilestoneRules.AchievedMilestonesStayAchieved, again.Rule);
        Assert.Equal(MilestoneRules.AchievedMilestonesStayAchieved, moved.Rule);
    }

    [Fact]
    public void Achievement_is_on_time_against_the_baseline_due_date_not_the_plan_now()
    {
        var baselineDue = Today.AddDays(-10);
        var rescheduled = new Milestone(Guid.NewGuid(), Guid.NewGuid(), "Training delivered", Today.AddDays(5), MilestoneStatus.Pending);

        var onTime = rescheduled.Achieve(Today, "Attendance list", baselineDue);

        Assert.False(onTime);
        Assert.True(new Milestone(Guid.NewGuid(), Guid.NewGuid(), "x", Today, MilestoneStatus.Missed).Achieve(Today, "e", Today));
    }

    [Fact]
    public void A_missed_milestone_rescheduled_into_the_future_is_pending_again()
    {
        var milestone = new Milestone(Guid.NewGuid(), Guid.NewGuid(), "Report", Today.AddDays(-2), MilestoneStatus.Missed, missedAt: DateTimeOffset.UnixEpoch);

        milestone.Reschedule(Today.AddDays(14), Today);

        Assert.Equal(MilestoneStatus.Pending, milestone.Status);
        Assert.Null(milestone.MissedAt);
    }

    [Fact]
    public void The_plan_is_baselined_once_and_variance_needs_a_baseline()
    {
        var id = Guid.NewGuid();

        PlanBaseline.EnsureNotTaken(id, null);
        var twice = Assert.Throws<RuleViolationException>(() => PlanBaseline.EnsureNotTaken(id, DateTimeOffset.UnixEpoch));
        var none = Assert.Throws<RuleViolationException>(() => PlanBaseline.EnsureTaken(id, null));

        Assert.Equal(MilestoneRules.ThePlanIsBaselinedOnce, twice.Rule);
        Assert.Equal(MilestoneRules.VarianceNeedsABaseline, none.Rule);
    }

    [Fact]
    public void Baseline_variance_counts_the_days_slipped_by_achievement_or_due_date_now()
    {
        var project = Guid.NewGuid();
        var achievedLate = new Milestone(Guid.NewGuid(), project, "Installed", Today, MilestoneStatus.Achieved, achievedOn: Today.AddDays(3), evidence: "e");
        var movedEarlier = new Milestone(Guid.NewGuid(), project, "Trained", Today.AddDays(20), MilestoneStatus.Pending);
        var addedLater = new Milestone(Guid.NewGuid(), project, "Evaluated", Today.AddDays(40), MilestoneStatus.Pending);
        BaselineMilestone[] baseline = [new(achievedLate.Id, "Installed", Today), new(movedEarlier.Id, "Trained", Today.AddDays(25))];

        var variances = PlanBaseline.MilestoneVariances(baseline, [addedLater, movedEarlier, achievedLate]);

        Assert.Equal([achievedLate.Id, movedEarlier.Id, addedLater.Id], variances.Select(v => v.MilestoneId));
        Assert.Equal([3, -5, 0], variances.Select(v => v.SlipDays));
        Assert.Null(variances[2].BaselineDueOn);
    }
}
