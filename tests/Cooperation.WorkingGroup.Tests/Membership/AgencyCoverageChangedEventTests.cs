using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Officials;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Membership;

// A factory per test: coverage counts every agency of the programme.
public sealed class AgencyCoverageChangedEventTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();

    private V1.MembershipService.MembershipServiceClient BgClient => new(_factory.ChannelFor("bg-co-chair"));

    [Fact]
    public async Task A_first_member_of_an_agency_publishes_both_participants_absolute_coverage_once()
    {
        var official = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Bg);

        await AddAsync(official);

        var changed = Assert.Single(await _factory.OutboxAsync<AgencyCoverageChanged>());
        var bg = Assert.Single(changed.Participants, p => p.Participant == "BG");
        Assert.Equal((1, 1), (bg.CoveredAgencies, bg.TotalAgencies));
        Assert.Contains(changed.Participants, p => p.Participant == "UK");
    }

    [Fact]
    public async Task A_second_member_of_a_covered_agency_publishes_nothing_more()
    {
        var first = await Arrange.OfficialOfAsync(_factory, TypeV1.Participant.Bg);
        var second = await Arrange.OfficialAsync(_factory.Channel, first.AgencyId);
        await AddAsync(first);

        await AddAsync(second);

        Assert.Single(await _factory.OutboxAsync<AgencyCoverageChanged>());
    }

    private Task<V1.AddMemberResponse> AddAsync(V1.Official official) =>
        BgClient.AddMemberAsync(new V1.AddMemberRequest { OfficialId = official.Id, Role = V1.MembershipRole.Member }).ResponseAsync;

    public void Dispose() => _factory.Dispose();
}
