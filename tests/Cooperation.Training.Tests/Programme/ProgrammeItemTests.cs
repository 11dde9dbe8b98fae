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
}
