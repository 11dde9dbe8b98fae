using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Officials;
using Xunit.Abstractions;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Agencies;

/// <summary>ListAgencies and GetAgency run a fixed number of commands whatever the page size.</summary>
public sealed class AgenciesCommandCountTests(WorkingGroupServiceFactory factory, ITestOutputHelper output) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly V1.AgenciesService.AgenciesServiceClient _client = new(factory.Channel);

    [Fact]
    public async Task ListAgencies_runs_as_many_commands_for_a_page_of_one_as_for_a_page_of_25()
    {
        for (var i = 0; i < 25; i++)
        {
            await factory.AddAgencyAsync("BG", "Counted agency");
        }

        var request = new V1.ListAgenciesRequest { Participant = TypeV1.Participant.Bg };
        await _client.ListAgenciesAsync(request);
        var one = await CommandCounts.OfAsync(factory, () => _client.ListAgenciesAsync(new V1.ListAgenciesRequest(request) { PageSize = 1 }).ResponseAsync);
        var many = await CommandCounts.OfAsync(factory, async () =>
            Assert.Equal(25, (await _client.ListAgenciesAsync(new V1.ListAgenciesRequest(request) { PageSize = 25 })).Agencies.Count));

        output.WriteLine($"ListAgencies: page of 1 = {one}, page of 25 = {many}");
        Assert.Equal(one, many);
        Assert.InRange(many, 1, 2);
    }

    [Fact]
    public async Task GetAgency_runs_one_command_however_many_agencies_are_held()
    {
        var id = await factory.AddAgencyAsync("UK", "Counted agency");
        for (var i = 0; i < 20; i++)
        {
            await factory.AddAgencyAsync("UK", "Other agency");
        }

        await _client.GetAgencyAsync(new V1.GetAgencyRequest { AgencyId = id.ToString() });
        var count = await CommandCounts.OfAsync(factory, () => _client.GetAgencyAsync(new V1.GetAgencyRequest { AgencyId = id.ToString() }).ResponseAsync);

        output.WriteLine($"GetAgency: {count}");
        Assert.InRange(count, 1, 1);
    }
}
