using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Membership;

namespace Cooperation.WorkingGroup.Tests.Membership;

/// <summary>¶6 over every day of the history, not only the current rows.</summary>
public sealed class RosterHistoryTests
{
    private static readonly DateOnly Established = new(2023, 11, 20);
    private static readonly DateOnly Replacement = new(2024, 3, 1);

    private static MembershipPeriod Period(Participant participant, MembershipRole role, DateOnly start, DateOnly? end = null, Guid? official = null) =>
        new(Guid.NewGuid(), official ?? Guid.NewGuid(), participant, role, start, end);

    [Fact]
    public void One_co_chair_per_participant_refuses_a_past_UK_co_chair_term_overlapping_a_recorded_one()
    {
        var recorded = Period(Participant.UK, MembershipRole.CoChair, Established, Replacement);
        var roster = new Roster([recorded]);

        var ex = Assert.Throws<RuleViolationException>(() => roster.Add(
            Guid.NewGuid(), Participant.UK, MembershipRole.CoChair, new TermInterval(Replacement.AddDays(-1), Replacement.AddDays(30))));

        Assert.Equal(MembershipRules.OneCoChairPerParticipant, ex.Rule);
        Assert.Contains("2024-02-29", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_co_chair_per_participant_admits_a_past_term_that_starts_the_day_the_recorded_one_ends()
    {
        var roster = new Roster([Period(Participant.UK, MembershipRole.CoChair, Established, Replacement)]);

        var change = roster.Add(Guid.NewGuid(), Participant.UK, MembershipRole.CoChair, new TermInterval(Replacement, null));

        Assert.Equal(new TermInterval(Replacement, null), Assert.Single(change.Started).Term);
    }

    [Fact]
    public void One_co_chair_per_participant_refuses_a_past_term_inside_the_current_co_chairs_term()
    {
        var roster = new Roster([Period(Participant.BG, MembershipRole.CoChair, Established)]);

        var ex = Assert.Throws<RuleViolationException>(() => roster.Add(
            Guid.NewGuid(), Participant.BG, MembershipRole.CoChair, new TermInterval(Replacement, Replacement.AddDays(10))));
        Assert.Equal(MembershipRules.OneCoChairPerParticipant, ex.Rule);
    }

    [Fact]
    public void An_official_cannot_hold_two_memberships_on_one_day_of_history()
    {
        var official = Guid.NewGuid();
        var roster = new Roster([Period(Participant.UK, MembershipRole.Member, Established, Replacement, official)]);

        Assert.Throws<ConflictException>(() => roster.Add(
            official, Participant.UK, MembershipRole.Member, new TermInterval(Replacement.AddDays(-1), null)));
        Assert.Single(roster.Add(official, Participant.UK, MembershipRole.Member, new TermInterval(Replacement, null)).Started);
    }

    [Fact]
    public void A_replacement_on_day_D_leaves_exactly_one_co_chair_serving_on_D()
    {
        var outgoing = Period(Participant.UK, MembershipRole.CoChair, Established);
        var incoming = Guid.NewGuid();

        var change = new Roster([outgoing]).ReplaceCoChair(incoming, Participant.UK, keepOutgoingAsMember: true, Replacement);

        var ended = Assert.Single(change.Ended);
        var chair = change.Started.Single(p => p.Role == MembershipRole.CoChair);
        Assert.Equal((outgoing.Id, Replacement), (ended.Id, ended.EndedOn!.Value));
        Assert.Equal((incoming, Replacement), (chair.OfficialId, chair.StartedOn));
        DateOnly[] days = [Replacement.AddDays(-1), Replacement, Replacement.AddDays(1)];
        Assert.Equal([outgoing.OfficialId, incoming, incoming],
            days.Select(day => new[] { ended, chair }.Single(p => p.Term.Covers(day)).OfficialId));
    }

    [Fact]
    public void Term_cannot_end_before_it_starts_when_a_replacement_is_dated_before_the_outgoing_term()
    {
        var outgoing = Period(Participant.BG, MembershipRole.CoChair, Replacement);

        var ex = Assert.Throws<RuleViolationException>(() =>
            new Roster([outgoing]).ReplaceCoChair(Guid.NewGuid(), Participant.BG, false, Replacement.AddDays(-1)));
        Assert.Equal(MembershipRules.TermCannotEndBeforeItStarts, ex.Rule);
    }

    [Fact]
    public void Term_cannot_end_before_it_starts_when_a_member_is_removed_before_joining()
    {
        var member = Period(Participant.BG, MembershipRole.Member, Replacement);

        var ex = Assert.Throws<RuleViolationException>(() => new Roster([member]).Remove(member.OfficialId, Replacement.AddDays(-1)));
        Assert.Equal(MembershipRules.TermCannotEndBeforeItStarts, ex.Rule);
    }

    [Fact]
    public void Replacement_after_outgoing_chairs_last_meeting_refuses_a_replacement_on_that_meetings_day()
    {
        var outgoing = Period(Participant.UK, MembershipRole.CoChair, Established);
        var lastChaired = Replacement.AddDays(-1);

        var ex = Assert.Throws<RuleViolationException>(() =>
            new Roster([outgoing]).ReplaceCoChair(Guid.NewGuid(), Participant.UK, false, lastChaired, lastChaired));
        Assert.Equal(MembershipRules.ReplacementAfterOutgoingChairsLastMeeting, ex.Rule);
        Assert.Single(new Roster([outgoing]).ReplaceCoChair(Guid.NewGuid(), Participant.UK, false, Replacement, lastChaired).Ended);
    }

    [Fact]
    public void Ended_terms_are_history_not_current()
    {
        var past = Period(Participant.UK, MembershipRole.CoChair, Established, Replacement);
        var roster = new Roster([past]);

        Assert.Null(roster.CoChairOf(Participant.UK));
        Assert.Empty(roster.Current);
    }
}
