using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Events;
using Cooperation.Training.Programme;

namespace Cooperation.Training.Tests.Programme;

public sealed class ProgrammeItemTests
{
    [Fact]
    public void A_programme_item_commences_once_on_its_first_held_session()
    {
        var item = new ProgrammeItem(Guid.NewGuid(), "Joint border training", "Summary", Guid.NewGuid(), ["training"], [Guid.NewGuid()], DateTimeOffset.UnixEpoch);

        Assert.True(item.Commence(new DateOnly(2024, 3, 4)));
        Assert.False(item.Commence(new DateOnly(2024, 3, 5)));
        Assert.Equal(new DateOnly(2024, 3, 4), item.CommencedOn);
    }

    [Fact]
    public void A_session_is_held_on_the_venue_s_calendar_day()
    {
        // 23:30 UTC on 3 March is already 4 March in Sofia (UTC+2) and still 3 March in London (UTC+0).
        var session = new TrainingSession(Guid.NewGuid(), new DateTimeOffset(2024, 3, 3, 23, 30, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 4, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2024, 3, 4), session.DayAt("Europe/Sofia"));
        Assert.Equal(new DateOnly(2024, 3, 3), session.DayAt("Europe/London"));
    }

    [Fact]
    public void Programme_items_complete_once()
    {
        var delivered = Item();
        Assert.True(delivered.Deliver(new DateOnly(2024, 3, 5)));
        Assert.False(delivered.Deliver(new DateOnly(2024, 3, 6)));
        Assert.Equal(ProgrammeRules.ProgrammeItemsCompleteOnce,
            Assert.Throws<RuleViolationException>(() => delivered.CloseUndelivered("no longer needed", new DateOnly(2024, 3, 7))).Rule);

        var closed = Item();
        closed.CloseUndelivered("no longer needed", new DateOnly(2024, 3, 7));
        Assert.False(closed.Delivered);
        Assert.False(closed.Deliver(new DateOnly(2024, 3, 8)));
        Assert.Equal("no longer needed", closed.ClosureReason);
    }

    [Theory]
    [InlineData(1, 0, true, true)]
    [InlineData(2, 1, true, false)]
    [InlineData(1, 0, false, false)]
    [InlineData(0, 0, false, false)]
    public void A_programme_item_is_delivered_when_every_event_completed_and_a_session_was_held(int events, int open, bool held, bool delivered) =>
        Assert.Equal(delivered, ProgrammeItemDelivery.IsDelivered(new ProgrammeEventsProgress(events, open, held)));

    [Fact]
    public void Events_deliver_open_programme_items()
    {
        var item = Item();
        ProgrammeItemDelivery.EnsureOpen(item);
        item.CloseUndelivered("cancelled", new DateOnly(2024, 3, 7));

        Assert.Equal(ProgrammeRules.EventsDeliverOpenProgrammeItems, Assert.Throws<RuleViolationException>(() => ProgrammeItemDelivery.EnsureOpen(item)).Rule);
    }

    private static ProgrammeItem Item() =>
        new(Guid.NewGuid(), "Joint border training", "Summary", Guid.NewGuid(), ["training"], [Guid.NewGuid()], DateTimeOffset.UnixEpoch);
}
