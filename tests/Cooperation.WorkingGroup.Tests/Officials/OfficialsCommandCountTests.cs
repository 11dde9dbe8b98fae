using Cooperation.WorkingGroup.Tests.Infrastructure;
using Xunit.Abstractions;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Officials;

/// <summary>
/// ListOfficials and GetOfficial read officials with a fixed number of queries whatever the page
/// size; only the audit trail's one Read record per official returned grows with the page.
/// </summary>
public sealed class OfficialsCommandCountTests(WorkingGroupServiceFactory factory, ITestOutputHelper output)
    : IClassFixture<WorkingGroupServiceFactory>
{
    private const string Why = "Counting the queries of a read";

    private readonly V1.OfficialsService.OfficialsServiceClient _client = new(factory.Channel);

    [Fact]
    public async Task ListOfficials_runs_as_many_queries_for_a_page_of_one_as_for_a_page_of_25()
    {
        var agency = await factory.AddAgencyAsync("BG", "Counted agency");
        for (var i = 0; i < 25; i++)
        {
            await factory.AddOfficialAsync(agency);
        }

        var request = new V1.ListOfficialsRequest { AgencyId = agency.ToString(), Justification = Why };
        await _client.ListOfficialsAsync(request);
        var one = await CommandCounts.OfAsync(factory, () => _client.ListOfficialsAsync(new V1.ListOfficialsRequest(request) { PageSize = 1 }).ResponseAsync);
        var many = await CommandCounts.OfAsync(factory, async () =>
            Assert.Equal(25, (await _client.ListOfficialsAsync(new V1.ListOfficialsRequest(request) { PageSize = 25 })).Officials.Count));

        output.WriteLine($"ListOfficials: page of 1 = {one}, page of 25 = {many}");
        Assert.Equal(one, many);
        Assert.InRange(one - CommandCounts.AuditCommandsPerUnit, 1, 2);
    }

    [Fact]
    public async Task GetOfficial_runs_a_fixed_number_of_queries_however_many_officials_are_held()
    {
        var agency = await factory.AddAgencyAsync("UK", "Counted agency");
        var id = await factory.AddOfficialAsync(agency);
        for (var i = 0; i < 20; i++)
        {
            await factory.AddOfficialAsync(agency);
        }

        var request = new V1.GetOfficialRequest { OfficialId = id.ToString(), Justification = Why };
        await _client.GetOfficialAsync(request);
        var count = await CommandCounts.OfAsync(factory, () => _client.GetOfficialAsync(request).ResponseAsync);

        output.WriteLine($"GetOfficial: {count}");
        Assert.InRange(count - CommandCounts.AuditCommandsPerUnit, 1, 2);
    }
}
