using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Officials;
using Xunit.Abstractions;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Membership;

/// <summary>
/// ListMembers, GetCoChairs and GetAgencyCoverage run a fixed number of queries whatever the size
/// of the roster; only the audit trail's one Read record per official named grows with the page.
/// </summary>
public sealed class MembershipCommandCountTests(WorkingGroupServiceFactory factory, ITestOutputHelper output)
    : IClassFixture<WorkingGroupServiceFactory>
{
    private const string Why = "Counting the queries of a read";

    private static readonly DateOnly Started = new(2023, 11, 20);

    private readonly V1.MembershipService.MembershipServiceClient _client = new(factory.Channel);

    [Fact]
    public async Task ListMembers_runs_as_many_queries_for_a_page_of_one_as_for_a_page_of_25()
    {
        await AddMembersAsync("UK", 25);

        var request = new V1.ListMembersRequest { Participant = TypeV1.Participant.Uk, Role = V1.MembershipRole.Member, Justification = Why };
        await _client.ListMembersAsync(request);
        var one = await CommandCounts.OfAsync(factory, () => _client.ListMembersAsync(new V1.ListMembersRequest(request) { PageSize = 1 }).ResponseAsync);
        var many = await CommandCounts.OfAsync(factory, async () =>
            Assert.Equal(25, (await _client.ListMembersAsync(new V1.ListMembersRequest(request) { PageSize = 25 })).Members.Count));

        output.WriteLine($"ListMembers: page of 1 = {one}, page of 25 = {many}");
        Assert.Equal(one, many);
        Assert.InRange(one - CommandCounts.AuditCommandsPerUnit, 1, 2);
    }

    [Fact]
    public async Task GetCoChairs_runs_a_fixed_number_of_queries_however_large_the_roster()
    {
        var bg = await factory.AddOfficialAsync(await factory.AddAgencyAsync("BG", "Chairing agency"));
        var uk = await factory.AddOfficialAsync(await factory.AddAgencyAsync("UK", "Chairing agency"));
        await factory.AddMembershipAsync(bg, "co_chair", "BG", Started);
        await factory.AddMembershipAsync(uk, "co_chair", "UK", Started);
        var request = new V1.GetCoChairsRequest { Justification = Why };
        await _client.GetCoChairsAsync(request);
        var small = await CommandCounts.OfAsync(factory, () => _client.GetCoChairsAsync(request).ResponseAsync);

        await AddMembersAsync("BG", 20);
        var large = await CommandCounts.OfAsync(factory, () => _client.GetCoChairsAsync(request).ResponseAsync);

        output.WriteLine($"GetCoChairs: small roster = {small}, large roster = {large}");
        Assert.Equal(small, large);
        Assert.InRange(large - CommandCounts.AuditCommandsPerUnit, 1, 2);
    }

    [Fact]
    public async Task GetAgencyCoverage_runs_a_fixed_number_of_queries_however_many_agencies_are_registered()
    {
        await AddMembersAsync("BG", 1);
        var request = new V1.GetAgencyCoverageRequest();
        await _client.GetAgencyCoverageAsync(request);
        var few = await CommandCounts.OfAsync(factory, () => _client.GetAgencyCoverageAsync(request).ResponseAsync);

        await AddMembersAsync("UK", 20);
        var many = await CommandCounts.OfAsync(factory, () => _client.GetAgencyCoverageAsync(request).ResponseAsync);

        output.WriteLine($"GetAgencyCoverage: few agencies = {few}, many agencies = {many}");
        Assert.Equal(few, many);
        Assert.InRange(many, 1, 1);
    }

    /// <summary>Each member in an agency of its own, so the roster and the agencies grow together.</summary>
    private async Task AddMembersAsync(string participant, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var official = await factory.AddOfficialAsync(await factory.AddAgencyAsync(participant, "Member agency"));
            await factory.AddMembershipAsync(official, "member", participant, Started);
        }
    }
}
