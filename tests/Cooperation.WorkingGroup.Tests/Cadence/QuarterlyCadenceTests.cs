using Cooperation.WorkingGroup.Cadence;

namespace Cooperation.WorkingGroup.Tests.Cadence;

public sealed class QuarterlyCadenceTests
{
    private static readonly DateOnly Established = new(2023, 11, 20);

    [Fact]
    public void A_quarter_without_a_held_meeting_is_a_breach()
    {
        var cadence = new QuarterlyCadence(Established, [new DateOnly(2023, 12, 5)]);

        var quarters = cadence.Quarters(new DateOnly(2024, 7, 2));

        Assert.Equal(
            [(2023, 4, QuarterState.Met), (2024, 1, QuarterState.Breached), (2024, 2, QuarterState.Breached), (2024, 3, QuarterState.Due)],
            quarters.Select(q => (q.Quarter.Year, q.Quarter.Quarter, q.State)));
        Assert.Equal([new CalendarQuarter(2024, 1), new CalendarQuarter(2024, 2)], cadence.BreachedQuarters(new DateOnly(2024, 7, 2)));
    }

    [Fact]
    public void The_quarter_of_establishment_counts_from_the_establishment_date()
    {
        // A meeting before the group existed does not count for the quarter it was established in.
        var cadence = new QuarterlyCadence(Established, [new DateOnly(2023, 10, 10)]);

        var first = cadence.Quarters(new DateOnly(2024, 1, 1))[0];

        Assert.Equal(Established, first.CountsFrom);
        Assert.Equal(new DateOnly(2023, 12, 31), first.EndsOn);
        Assert.Equal(0, first.MeetingsHeld);
        Assert.Equal(QuarterState.Breached, first.State);
    }

    [Fact]
    public void A_quarter_closes_only_after_its_last_day()
    {
        var cadence = new QuarterlyCadence(Established, []);

        Assert.Empty(cadence.BreachedQuarters(new DateOnly(2023, 12, 31)));
        Assert.Equal([new CalendarQuarter(2023, 4)], cadence.BreachedQuarters(new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void The_current_quarter_without_a_meeting_is_due_not_breached()
    {
        var cadence = new QuarterlyCadence(Established, []);

        var current = cadence.CurrentQuarter(new DateOnly(2024, 2, 10));

        Assert.Equal(new CalendarQuarter(2024, 1), current.Quarter);
        Assert.Equal(QuarterState.Due, current.State);
    }

    [Fact]
    public void The_next_due_date_is_the_end_of_the_first_quarter_from_now_without_a_held_meeting()
    {
        var today = new DateOnly(2024, 2, 10);

        Assert.Equal(new DateOnly(2024, 3, 31), new QuarterlyCadence(Established, []).NextDueOn(today));
        Assert.Equal(new DateOnly(2024, 6, 30), new QuarterlyCadence(Established, [new DateOnly(2024, 1, 15)]).NextDueOn(today));
        Assert.Equal(new DateOnly(2023, 12, 31), new QuarterlyCadence(Established, []).NextDueOn(new DateOnly(2023, 11, 13)));
    }

    [Theory]
    [InlineData("2024-01-01", 2024, 1, "2024-01-01", "2024-03-31")]
    [InlineData("2024-05-31", 2024, 2, "2024-04-01", "2024-06-30")]
    [InlineData("2024-09-30", 2024, 3, "2024-07-01", "2024-09-30")]
    [InlineData("2023-12-31", 2023, 4, "2023-10-01", "2023-12-31")]
    public void Calendar_quarters_run_in_three_month_blocks_from_January(string date, int year, int quarter, string start, string end)
    {
        var q = CalendarQuarter.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new CalendarQuarter(year, quarter), q);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), q.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), q.End);
    }
}
