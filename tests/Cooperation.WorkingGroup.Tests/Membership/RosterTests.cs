using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Membership;

namespace Cooperation.WorkingGroup.Tests.Membership;

public sealed class RosterTests
{
    private static readonly DateOnly Today = new(2024, 1, 15);
    private static readonly DateOnly Earlier = new(2023, 12, 1);

    private static MembershipPeriod Current(Participant participant, MembershipRole role) =>
        new(Guid.NewGuid(), Guid.NewGuid(), participant, role, Earlier, null);

    [Fact]
    public void Appointing_a_second_UK_co_chair_is_refused()
    {
        var roster = new Roster([Current(Participant.UK, MembershipRole.CoChair)]);

        var ex = Assert.Throws<RuleViolationException>(() =>
            roster.Add(Guid.NewGuid(), Participant.UK, MembershipRole.CoChair, Today));
        Assert.Equal(MembershipRules.OneCoChairPerParticipant, ex.Rule);
    }

    [Fact]
    public void Appointing_a_second_BG_co_chair_is_refused()
    {
        var roster = new Roster([Current(Participant.BG, MembershipRole.CoChair)]);

        var ex = Assert.Throws<RuleViolationException>(() =>
            roster.Add(Guid.NewGuid(), Participant.BG, MembershipRole.CoChair, Today));
        Assert.Equal(MembershipRules.OneCoChairPerParticipant, ex.Rule);
    }

    [Fact]
    public void A_UK_co_chair_does_not_block_a_BG_co_chair()
    {
        var roster = new Roster([Current(Participant.UK, MembershipRole.CoChair)]);

        var change = roster.Add(Guid.NewGuid(), Participant.BG, MembershipRole.CoChair, Today);

        var started = Assert.Single(change.Started);
        Assert.Equal((Participant.BG, MembershipRole.CoChair, Today), (started.Participant, started.Role, started.StartedOn));
        Assert.Empty(change.Ended);
    }

    [Fact]
    public void The_group_is_fully_chaired_only_with_a_BG_and_a_UK_co_chair()
    {
        Assert.False(new Roster([]).IsFullyChaired);
        Assert.False(new Roster([Current(Participant.UK, MembershipRole.CoChair), Current(Participant.UK, MembershipRole.Member)]).IsFullyChaired);
        Assert.True(new Roster([Current(Participant.UK, MembershipRole.CoChair), Current(Participant.BG, MembershipRole.CoChair)]).IsFullyChaired);
    }

    [Fact]
    public void A_current_member_appointed_co_chair_is_promoted()
    {
        var member = Current(Participant.BG, MembershipRole.Member);
        var roster = new Roster([member]);

        var change = roster.Add(member.OfficialId, Participant.BG, MembershipRole.CoChair, Today);

        var ended = Assert.Single(change.Ended);
        Assert.Equal((member.Id, Today), (ended.Id, ended.EndedOn!.Value));
        Assert.Equal(MembershipRole.CoChair, Assert.Single(change.Started).Role);
    }

    [Fact]
    public void An_official_sits_on_the_group_once_at_a_time()
    {
        var member = Current(Participant.UK, MembershipRole.Member);
        var roster = new Roster([member]);

        Assert.Throws<ConflictException>(() => roster.Add(member.OfficialId, Participant.UK, MembershipRole.Member, Today));
    }

    [Fact]
    public void A_co_chair_is_replaced_not_removed()
    {
        var coChair = Current(Participant.UK, MembershipRole.CoChair);

        var ex = Assert.Throws<RuleViolationException>(() => new Roster([coChair]).Remove(coChair.OfficialId, Today));
        Assert.Equal(MembershipRules.CoChairLeavesByReplacement, ex.Rule);
    }

    [Fact]
    public void Removing_a_member_ends_their_membership_today()
    {
        var member = Current(Participant.BG, MembershipRole.Member);

        var change = new Roster([member]).Remove(member.OfficialId, Today);

        Assert.Equal(Today, Assert.Single(change.Ended).EndedOn);
        Assert.Empty(change.Started);
    }

    [Fact]
    public void Removing_an_official_who_is_not_a_member_is_not_found() =>
        Assert.Throws<NotFoundException>(() => new Roster([]).Remove(Guid.NewGuid(), Today));

    [Fact]
    public void Replacing_a_co_chair_ends_the_outgoing_and_starts_the_incoming_in_one_change()
    {
        var outgoing = Current(Participant.UK, MembershipRole.CoChair);
        var incoming = Guid.NewGuid();

        var change = new Roster([outgoing]).ReplaceCoChair(incoming, Participant.UK, keepOutgoingAsMember: false, Today);

        Assert.Equal(outgoing.Id, Assert.Single(change.Ended).Id);
        var started = Assert.Single(change.Started);
        Assert.Equal((incoming, MembershipRole.CoChair, Participant.UK), (started.OfficialId, started.Role, started.Participant));
    }

    [Fact]
    public void Replacing_a_co_chair_can_keep_the_outgoing_as_a_member_and_promotes_an_incoming_member()
    {
        var outgoing = Current(Participant.BG, MembershipRole.CoChair);
        var incoming = Current(Participant.BG, MembershipRole.Member);

        var change = new Roster([outgoing, incoming]).ReplaceCoChair(incoming.OfficialId, Participant.BG, keepOutgoingAsMember: true, Today);

        Assert.Equal([outgoing.Id, incoming.Id], change.Ended.Select(m => m.Id));
        Assert.Contains(change.Started, m => m.OfficialId == incoming.OfficialId && m.Role == MembershipRole.CoChair);
        Assert.Contains(change.Started, m => m.OfficialId == outgoing.OfficialId && m.Role == MembershipRole.Member);
    }

    [Fact]
    public void Replacing_a_co_chair_needs_a_current_co_chair()
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            new Roster([Current(Participant.BG, MembershipRole.CoChair)]).ReplaceCoChair(Guid.NewGuid(), Participant.UK, false, Today));
        Assert.Equal(MembershipRules.NoCoChairToReplace, ex.Rule);
    }

    [Fact]
    public void A_co_chair_cannot_replace_themselves()
    {
        var coChair = Current(Participant.UK, MembershipRole.CoChair);

        Assert.Throws<ConflictException>(() => new Roster([coChair]).ReplaceCoChair(coChair.OfficialId, Participant.UK, false, Today));
    }
}
