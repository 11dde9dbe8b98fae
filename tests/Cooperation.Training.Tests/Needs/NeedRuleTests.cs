using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Needs;

namespace Cooperation.Training.Tests.Needs;

public sealed class NeedRuleTests
{
    private static TrainingNeed Need(params Guid[] activities) => new(
        Guid.NewGuid(), CooperationAreaTag.BorderSecurity, Participant.BG, Guid.NewGuid(), 10, TargetProficiency.Practitioner,
        NeedUrgency.High, NeedSource.AgencyAnalysis, null, "dev:someone", DateTimeOffset.UnixEpoch, activities, 0);

    [Fact]
    public void Coverage_is_capped_at_the_headcount()
    {
        Assert.Equal(3, NeedCoverage.Of(3, 10));
        Assert.Equal(10, NeedCoverage.Of(14, 10));
        Assert.False(NeedCoverage.IsCovered(9, 10));
        Assert.True(NeedCoverage.IsCovered(NeedCoverage.Of(14, 10), 10));
    }

    [Fact]
    public void An_activity_meets_a_need_once()
    {
        var activity = Guid.NewGuid();

        Need().EnsureCanLink(activity);
        Assert.Equal(NeedRules.AnActivityMeetsANeedOnce, Assert.Throws<RuleViolationException>(() => Need(activity).EnsureCanLink(activity)).Rule);
    }

    [Fact]
    public void Only_linked_activities_are_unlinked()
    {
        var activity = Guid.NewGuid();

        Need(activity).EnsureCanUnlink(activity);
        Assert.Equal(NeedRules.OnlyLinkedActivitiesAreUnlinked, Assert.Throws<RuleViolationException>(() => Need().EnsureCanUnlink(activity)).Rule);
    }
}
