using Cooperation.WorkingGroup.Membership;

namespace Cooperation.WorkingGroup.Tests.Membership;

/// <summary>Terms are half-open: [start, end) serves from the first day up to the day before the end.</summary>
public sealed class TermIntervalTests
{
    private static readonly DateOnly Replacement = new(2024, 3, 1);
    private static readonly TermInterval Outgoing = new(new DateOnly(2023, 11, 20), Replacement);
    private static readonly TermInterval Incoming = new(Replacement, null);

    [Fact]
    public void The_outgoing_term_serves_the_day_before_the_replacement_and_not_the_day_of_it()
    {
        Assert.True(Outgoing.Covers(Replacement.AddDays(-1)));
        Assert.False(Outgoing.Covers(Replacement));
        Assert.False(Outgoing.Covers(Replacement.AddDays(1)));
    }

    [Fact]
    public void The_incoming_term_serves_from_the_day_of_the_replacement_on()
    {
        Assert.False(Incoming.Covers(Replacement.AddDays(-1)));
        Assert.True(Incoming.Covers(Replacement));
        Assert.True(Incoming.Covers(Replacement.AddDays(1)));
    }

    [Fact]
    public void Terms_that_meet_on_the_replacement_day_do_not_overlap()
    {
        Assert.False(Outgoing.Overlaps(Incoming));
        Assert.False(Incoming.Overlaps(Outgoing));
    }

    [Fact]
    public void Terms_sharing_one_day_overlap_on_that_day()
    {
        var lateEnd = Outgoing.EndOn(Replacement.AddDays(1));

        Assert.True(lateEnd.Overlaps(Incoming));
        Assert.Equal(Replacement, lateEnd.FirstSharedDay(Incoming));
    }

    [Fact]
    public void A_term_ended_on_its_first_day_serves_no_day_and_overlaps_nothing()
    {
        var empty = new TermInterval(Replacement, Replacement);

        Assert.True(empty.IsEmpty);
        Assert.False(empty.Covers(Replacement));
        Assert.False(empty.Overlaps(new TermInterval(Replacement.AddDays(-10), null)));
    }

    [Fact]
    public void Open_terms_overlap_every_later_term()
    {
        Assert.True(new TermInterval(Replacement, null).Overlaps(new TermInterval(Replacement.AddYears(5), Replacement.AddYears(6))));
    }
}
