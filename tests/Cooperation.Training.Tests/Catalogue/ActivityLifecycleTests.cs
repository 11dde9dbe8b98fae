using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Catalogue;

namespace Cooperation.Training.Tests.Catalogue;

public sealed class ActivityLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_draft_activities_are_published()
    {
        var activity = Draft();
        activity.Publish(Now);

        Assert.Equal(ActivityStatus.Published, activity.Status);
        Assert.Equal(Now, activity.PublishedAt);
        var ex = Assert.Throws<RuleViolationException>(() => activity.Publish(Now));
        Assert.Equal(CatalogueRules.OnlyDraftActivitiesArePublished, ex.Rule);
    }

    [Fact]
    public void Closed_activities_stay_closed()
    {
        var activity = Draft();
        activity.Close(Now);

        Assert.Equal(ActivityStatus.Closed, activity.Status);
        Assert.Equal(CatalogueRules.ClosedActivitiesStayClosed, Assert.Throws<RuleViolationException>(() => activity.Close(Now)).Rule);
        Assert.Equal(CatalogueRules.OnlyDraftActivitiesArePublished, Assert.Throws<RuleViolationException>(() => activity.Publish(Now)).Rule);
    }

    internal static Activity Draft() => new(
        Guid.NewGuid(), "BM-101", ActivityKind.Course, new BilingualText("Title", "Заглавие"), new BilingualText("About", "Относно"),
        [CooperationAreaTag.BorderSecurity], ["Document examination"], "Border officers", ["en"], Guid.NewGuid(),
        ActivityStatus.Draft, Now);
}
