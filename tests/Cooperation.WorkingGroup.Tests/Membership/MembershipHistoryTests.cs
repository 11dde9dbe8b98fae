using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Cooperation.WorkingGroup.Tests.Officials;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Membership;

/// <summary>Recording the programme's history: memberships and co-chair terms with their own dates.</summary>
public sealed class MembershipHistoryTests : IDisposable
{
    // A factory per test: the co-chair rule is global, so each test needs a programme of its own.
    private readonly WorkingGroupServiceFactory _factory = new();
    private readonly V1.MembershipService.MembershipServiceClient _uk;

    public MembershipHistoryTests()
    {
        _uk = new V1.MembershipService.MembershipServiceClient(_factory.Channel);
        _factory.SetToday(new DateOnly(2024, 6, 10));
    }

    private Task<V1.AddMemberResponse> AddUkCoChairAsync(V1.Official official, string startedOn, string? endedOn = null) =>
        _uk.AddMemberAsync(new V1.AddMemberRequest
        {
            OfficialId = official.Id,
            Role = V1.MembershipRole.CoChair,
            StartedOn = WireDates.On(startedOn),
            EndedOn = endedOn is null ? null : WireDates.On(endedOn),
        }).ResponseAsync;

    [Fact]
    public async Task AddMember_records_a_past_co_chair_term_and_the_next_one_from_the_day_it_ended()
    {
        var first = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk, "First");
        var second = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk, "Second");

        var past = (await AddUkCoChairAsync(first, "2023-11-20", "2024-03-01")).Member;
        var current = (await AddUkCoChairAsync(second, "2024-03-01")).Member;

        Assert.Equal(("2023-11-20", "2024-03-01"), (WireDates.Text(past.StartedOn), WireDates.Text(past.EndedOn)));
        Assert.Equal(("2024-03-01", ""), (WireDates.Text(current.StartedOn), WireDates.Text(current.EndedOn)));
        var coChairs = (await _uk.GetCoChairsAsync(new V1.GetCoChairsRequest { Justification = "Checking the history" })).CoChairs;
        Assert.Equal(second.Id, coChairs.Uk.OfficialId);
    }

    [Fact]
    public async Task AddMember_refuses_two_UK_co_chairs_on_any_one_day_of_history()
    {
        await AddUkCoChairAsync(await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk), "2023-11-20", "2024-03-01");
        var overlapping = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk);

        // 29 February is the recorded term's last day; a term starting then shares it.
        await RpcAssert.FailedPreconditionAsync(MembershipRules.OneCoChairPerParticipant,
            () => AddUkCoChairAsync(overlapping, "2024-02-29", "2024-04-01"));
        await RpcAssert.FailedPreconditionAsync(MembershipRules.OneCoChairPerParticipant,
            () => AddUkCoChairAsync(overlapping, "2023-11-13", "2023-11-21"));
        Assert.Equal(overlapping.Id, (await AddUkCoChairAsync(overlapping, "2024-03-01")).Member.OfficialId);
    }

    [Fact]
    public async Task ReplaceCoChair_on_a_past_day_ends_the_outgoing_term_that_day_and_starts_the_incoming_on_it()
    {
        var outgoing = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk, "Outgoing");
        var incoming = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk, "Incoming");
        await AddUkCoChairAsync(outgoing, "2023-11-20");

        var replaced = await _uk.ReplaceCoChairAsync(new V1.ReplaceCoChairRequest { OfficialId = incoming.Id, ReplacedOn = WireDates.On("2024-03-01") });

        Assert.Equal("2024-03-01", WireDates.Text(replaced.Outgoing.EndedOn));
        Assert.Equal((incoming.Id, "2024-03-01"), (replaced.CoChairs.Uk.OfficialId, WireDates.Text(replaced.CoChairs.Uk.StartedOn)));
    }

    [Fact]
    public async Task Roster_dates_are_validated_naming_the_field()
    {
        var official = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk);

        await RpcAssert.InvalidArgumentAsync("started_on", () => AddUkCoChairAsync(official, "2024-06-11"));
        await RpcAssert.InvalidArgumentAsync("started_on", () => AddUkCoChairAsync(official, "2023-11-12"));
        await RpcAssert.InvalidArgumentAsync("ended_on", () => AddUkCoChairAsync(official, "2024-01-10", "2024-01-09"));
        await RpcAssert.InvalidArgumentAsync("ended_on", () => _uk.RemoveMemberAsync(
            new V1.RemoveMemberRequest { OfficialId = official.Id, EndedOn = WireDates.On("2024-06-11") }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("replaced_on", () => _uk.ReplaceCoChairAsync(
            new V1.ReplaceCoChairRequest { OfficialId = official.Id, ReplacedOn = WireDates.On("2024-06-11") }).ResponseAsync);
    }

    [Fact]
    public async Task RemoveMember_before_the_membership_started_is_refused_naming_the_rule()
    {
        var official = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk);
        await _uk.AddMemberAsync(new V1.AddMemberRequest { OfficialId = official.Id, Role = V1.MembershipRole.Member, StartedOn = WireDates.On("2024-02-01") });

        await RpcAssert.FailedPreconditionAsync(MembershipRules.TermCannotEndBeforeItStarts, () => _uk.RemoveMemberAsync(
            new V1.RemoveMemberRequest { OfficialId = official.Id, EndedOn = WireDates.On("2024-01-31") }).ResponseAsync);
    }

    [Fact]
    public async Task A_replacement_dated_on_or_before_the_outgoing_co_chairs_last_meeting_is_refused_naming_the_rule()
    {
        var programme = await _factory.SeedProgrammeAsync();
        await _factory.HoldAsync(programme, "2023-12-04");
        var incoming = (await _factory.AddOfficialAsync(programme.UkAgency)).ToString();

        await RpcAssert.FailedPreconditionAsync(MembershipRules.ReplacementAfterOutgoingChairsLastMeeting, () => _uk.ReplaceCoChairAsync(
            new V1.ReplaceCoChairRequest { OfficialId = incoming, ReplacedOn = WireDates.On("2023-12-04") }).ResponseAsync);
        var replaced = await _uk.ReplaceCoChairAsync(new V1.ReplaceCoChairRequest { OfficialId = incoming, ReplacedOn = WireDates.On("2023-12-05") });
        Assert.Equal("2023-12-05", WireDates.Text(replaced.Outgoing.EndedOn));
    }

    public void Dispose() => _factory.Dispose();
}
