using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Catalogue;
using Cooperation.Training.Events;
using Cooperation.Training.Tests.Catalogue;

namespace Cooperation.Training.Tests.Events;

public sealed class EventSchedulingTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Events_need_a_published_activity()
    {
        var activity = ActivityLifecycleTests.Draft();
        Assert.Equal(EventRules.EventsNeedAPublishedActivity,
            Assert.Throws<RuleViolationException>(() => EventScheduling.EnsureCanSchedule(activity, "en")).Rule);

        activity.Publish(Now);
        EventScheduling.EnsureCanSchedule(activity, "en");

        activity.Close(Now);
        Assert.Equal(EventRules.EventsNeedAPublishedActivity,
            Assert.Throws<RuleViolationException>(() => EventScheduling.EnsureCanSchedule(activity, "en")).Rule);
    }

    [Fact]
    public void Event_language_is_one_the_activity_offers()
    {
        var activity = ActivityLifecycleTests.Draft();
        activity.Publish(Now);

        var ex = Assert.Throws<RuleViolationException>(() => EventScheduling.EnsureCanSchedule(activity, "bg"));
        Assert.Equal(EventRules.EventLanguageIsOneTheActivityOffers, ex.Rule);
    }

    [Theory]
    [InlineData(9, 11, 10, 12, true)]
    [InlineData(9, 10, 10, 11, false)]
    [InlineData(9, 12, 10, 11, true)]
    [InlineData(13, 14, 9, 10, false)]
    public void Sessions_overlap_when_they_share_an_instant(int startA, int endA, int startB, int endB, bool overlap)
    {
        var a = new TrainingSession(Guid.NewGuid(), Now.AddHours(startA), Now.AddHours(endA));
        var b = new TrainingSession(Guid.NewGuid(), Now.AddHours(startB), Now.AddHours(endB));

        Assert.Equal(overlap, a.Overlaps(b));
        Assert.Equal(overlap, b.Overlaps(a));
    }

    [Fact]
    public void Sign_up_is_open_from_its_opening_until_its_close_and_late_after_the_cut_off()
    {
        var window = new SignUpWindow(Now, Now.AddDays(10), Now.AddDays(12));

        Assert.False(window.IsOpenAt(Now.AddTicks(-1)));
        Assert.True(window.IsOpenAt(Now));
        Assert.False(window.IsOpenAt(Now.AddDays(10)));
        Assert.False(window.IsLateAt(Now.AddDays(12)));
        Assert.True(window.IsLateAt(Now.AddDays(12).AddTicks(1)));
    }
}
