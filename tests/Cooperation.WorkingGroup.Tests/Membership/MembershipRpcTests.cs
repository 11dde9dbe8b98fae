using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Officials;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Membership;

public sealed class MembershipRpcTests : IDisposable
{
    // A factory per test: the co-chair rule is global and assertions read the whole roster, so each test needs a programme of its own.
    private readonly WorkingGroupServiceFactory _factory = new();
    private readonly V1.MembershipService.MembershipServiceClient _client;

    public MembershipRpcTests() => _client = new V1.MembershipService.MembershipServiceClient(_factory.Channel);

    internal const string Why = "Preparing the quarterly meeting";

    /// <summary>Each side's co-chair keeps its own side of the roster; <c>_client</c> is the UK co-chair.</summary>
    private V1.MembershipService.MembershipServiceClient BgClient => new(_factory.ChannelFor("bg-co-chair"));

    private V1.MembershipService.MembershipServiceClient ClientFor(V1.Official official) =>
        official.Participant == TypeV1.Participant.Bg ? BgClient : _client;

    private Task<V1.AddMemberResponse> AddAsync(V1.Official official, V1.MembershipRole role) =>
        ClientFor(official).AddMemberAsync(new V1.AddMemberRequest { OfficialId = official.Id, Role = role }).ResponseAsync;

    [Fact]
    public async Task AddMember_returns_the_current_membership_with_the_agencys_participant()
    {
        var official = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Bg, "Ivan Example");

        var member = (await AddAsync(official, V1.MembershipRole.Member)).Member;

        Assert.Equal((official.Id, "Ivan Example", TypeV1.Participant.Bg, V1.MembershipRole.Member, "2023-11-13", ""),
            (member.OfficialId, member.FullName, member.Participant, member.Role, WireDates.Text(member.StartedOn), WireDates.Text(member.EndedOn)));
        Assert.Equal([member], (await _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why })).Members);
    }

    [Fact]
    public async Task AddMember_appointing_a_second_UK_co_chair_is_refused()
    {
        await AddAsync(await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk), V1.MembershipRole.CoChair);
        var second = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk);

        await RpcAssert.FailedPreconditionAsync(MembershipRules.OneCoChairPerParticipant, () => AddAsync(second, V1.MembershipRole.CoChair));
        var coChairs = (await _client.GetCoChairsAsync(new V1.GetCoChairsRequest { Justification = Why })).CoChairs;
        Assert.NotEqual(second.Id, coChairs.Uk.OfficialId);
    }

    [Fact]
    public async Task AddMember_validates_its_fields_and_knows_the_official()
    {
        await RpcAssert.InvalidArgumentAsync("official_id",
            () => _client.AddMemberAsync(new V1.AddMemberRequest { Role = V1.MembershipRole.Member }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("role",
            () => _client.AddMemberAsync(new V1.AddMemberRequest { OfficialId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => _client.AddMemberAsync(
            new V1.AddMemberRequest { OfficialId = Guid.NewGuid().ToString(), Role = V1.MembershipRole.Member }).ResponseAsync);
    }

    [Fact]
    public async Task AddMember_for_a_current_member_already_exists()
    {
        var official = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk);
        await AddAsync(official, V1.MembershipRole.Member);

        await RpcAssert.ThrowsAsync(StatusCode.AlreadyExists, () => AddAsync(official, V1.MembershipRole.Member));
    }

    [Fact]
    public async Task RemoveMember_ends_the_membership_and_drops_it_from_the_current_list()
    {
        var official = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Bg);
        await AddAsync(official, V1.MembershipRole.Member);
        _factory.Clock.Advance(TimeSpan.FromDays(30));

        var removed = (await BgClient.RemoveMemberAsync(new V1.RemoveMemberRequest { OfficialId = official.Id })).Member;

        Assert.Equal("2023-12-13", WireDates.Text(removed.EndedOn));
        Assert.Empty((await _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why })).Members);
    }

    [Fact]
    public async Task RemoveMember_refuses_a_co_chair_an_unknown_member_and_a_malformed_id()
    {
        var coChair = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk);
        await AddAsync(coChair, V1.MembershipRole.CoChair);

        await RpcAssert.FailedPreconditionAsync(MembershipRules.CoChairLeavesByReplacement,
            () => _client.RemoveMemberAsync(new V1.RemoveMemberRequest { OfficialId = coChair.Id }).ResponseAsync);
        var nonMember = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => _client.RemoveMemberAsync(new V1.RemoveMemberRequest { OfficialId = nonMember.Id }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("official_id",
            () => _client.RemoveMemberAsync(new V1.RemoveMemberRequest { OfficialId = "?" }).ResponseAsync);
    }

    [Fact]
    public async Task ReplaceCoChair_swaps_the_participants_co_chair_in_one_operation()
    {
        var outgoing = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk, "Outgoing");
        var incoming = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk, "Incoming");
        await AddAsync(outgoing, V1.MembershipRole.CoChair);
        await AddAsync(await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Bg), V1.MembershipRole.CoChair);
        await AddAsync(incoming, V1.MembershipRole.Member);

        var replaced = await _client.ReplaceCoChairAsync(new V1.ReplaceCoChairRequest { OfficialId = incoming.Id, KeepOutgoingAsMember = true });

        Assert.Equal((incoming.Id, true), (replaced.CoChairs.Uk.OfficialId, replaced.CoChairs.FullyChaired));
        Assert.Equal((outgoing.Id, "2023-11-13"), (replaced.Outgoing.OfficialId, WireDates.Text(replaced.Outgoing.EndedOn)));
        Assert.Equal(replaced.CoChairs, (await _client.GetCoChairsAsync(new V1.GetCoChairsRequest { Justification = Why })).CoChairs);
        var ukMembers = (await _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why, Participant = TypeV1.Participant.Uk })).Members;
        Assert.Equal([("Incoming", V1.MembershipRole.CoChair), ("Outgoing", V1.MembershipRole.Member)],
            ukMembers.Select(m => (m.FullName, m.Role)));
    }

    [Fact]
    public async Task ReplaceCoChair_needs_a_co_chair_to_replace_a_known_official_and_a_valid_id()
    {
        var incoming = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Bg);

        await RpcAssert.FailedPreconditionAsync(MembershipRules.NoCoChairToReplace,
            () => BgClient.ReplaceCoChairAsync(new V1.ReplaceCoChairRequest { OfficialId = incoming.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => _client.ReplaceCoChairAsync(new V1.ReplaceCoChairRequest { OfficialId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("official_id",
            () => _client.ReplaceCoChairAsync(new V1.ReplaceCoChairRequest()).ResponseAsync);
    }

    [Fact]
    public async Task GetCoChairs_reports_fully_chaired_only_with_both_participants()
    {
        await AddAsync(await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk), V1.MembershipRole.CoChair);
        var half = (await _client.GetCoChairsAsync(new V1.GetCoChairsRequest { Justification = Why })).CoChairs;
        await AddAsync(await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Bg), V1.MembershipRole.CoChair);
        var full = (await _client.GetCoChairsAsync(new V1.GetCoChairsRequest { Justification = Why })).CoChairs;

        Assert.Equal((false, true, false), (half.FullyChaired, half.Uk is not null, half.Bg is not null));
        Assert.Equal((true, TypeV1.Participant.Bg), (full.FullyChaired, full.Bg.Participant));
    }

    [Fact]
    public async Task ListMembers_filters_by_participant_and_role_and_pages()
    {
        await AddAsync(await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk, "Uma"), V1.MembershipRole.CoChair);
        await AddAsync(await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Uk, "Alan"), V1.MembershipRole.Member);
        await AddAsync(await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Bg, "Boyan"), V1.MembershipRole.Member);

        var all = await _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why });
        var members = await _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why, Role = V1.MembershipRole.Member });
        var bg = await _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why, Participant = TypeV1.Participant.Bg });
        var page1 = await _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why, PageSize = 2 });
        var page2 = await _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why, PageSize = 2, PageToken = page1.NextPageToken });

        Assert.Equal(["Uma", "Alan", "Boyan"], all.Members.Select(m => m.FullName));
        Assert.Equal(["Alan", "Boyan"], members.Members.Select(m => m.FullName));
        Assert.Equal(["Boyan"], bg.Members.Select(m => m.FullName));
        Assert.Equal(all.Members, page1.Members.Concat(page2.Members));
        // Above the maximum is lowered to it (AIP-158); only a negative size is refused.
        Assert.Equal(all.Members, (await _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why, PageSize = 1000 })).Members);
        await RpcAssert.InvalidArgumentAsync("page_size",
            () => _client.ListMembersAsync(new V1.ListMembersRequest { Justification = Why, PageSize = -1 }).ResponseAsync);
    }

    [Fact]
    public async Task GetAgencyCoverage_counts_and_lists_covered_agencies_per_participant()
    {
        var coveredUk = await Arrange.AgencyAsync(_factory, TypeV1.Participant.Uk, "Border Force", V1.AgencyKind.Border);
        await Arrange.AgencyAsync(_factory, TypeV1.Participant.Uk, "Crown Prosecution Service", V1.AgencyKind.Prosecution);
        var coveredBg = await Arrange.AgencyAsync(_factory, TypeV1.Participant.Bg, "Border Police", V1.AgencyKind.Border);
        await AddAsync(await Arrange.OfficialAsync(_factory.Channel, coveredUk.Id), V1.MembershipRole.CoChair);
        await AddAsync(await Arrange.OfficialAsync(_factory.Channel, coveredUk.Id), V1.MembershipRole.Member);
        await AddAsync(await Arrange.OfficialAsync(_factory.Channel, coveredBg.Id), V1.MembershipRole.Member);

        var coverage = (await _client.GetAgencyCoverageAsync(new V1.GetAgencyCoverageRequest())).Coverage;

        Assert.Equal((3, 2, false), (coverage.RegisteredAgencies, coverage.CoveredAgencies, coverage.AllAgenciesCovered));
        var uk = coverage.Participants.Single(p => p.Participant == TypeV1.Participant.Uk);
        Assert.Equal((2, 1), (uk.RegisteredAgencies, uk.CoveredAgencies));
        Assert.Equal(("Border Force", 2), (uk.Covered.Single().NameEn, uk.Covered.Single().CurrentMembers));
        Assert.Equal("Crown Prosecution Service", uk.Uncovered.Single().NameEn);
        Assert.True(coverage.Participants.Single(p => p.Participant == TypeV1.Participant.Bg).Uncovered.Count == 0);
    }

    public void Dispose() => _factory.Dispose();
}
