using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Xunit.Abstractions;
using Cooperation.WorkingGroup.Tests.Meetings;

namespace Cooperation.WorkingGroup.Tests.Cadence;

/// <summary>GetCadence runs a fixed number of database commands however many meetings were held.</summary>
public sealed class CadenceCommandCountTests(WorkingGroupServiceFactory factory, ITestOutputHelper output) : IClassFixture<WorkingGroupServiceFactory>
{
    [Fact]
    public async Task GetCadence_runs_as_many_commands_after_one_held_meeting_as_after_many()
    {
        var programme = await factory.SharedProgrammeAsync();
        var client = new CadenceService.CadenceServiceClient(factory.Channel);
        await factory.HoldAsync(programme, "2023-12-04");
        var afterOne = await factory.CommandsOfAsync(() => client.GetCadenceAsync(new GetCadenceRequest()).ResponseAsync);
        foreach (var day in new[] { "2024-01-10", "2024-02-10", "2024-04-10", "2024-07-10" })
        {
            await factory.HoldAsync(programme, day);
        }

        var afterMany = await factory.CommandsOfAsync(() => client.GetCadenceAsync(new GetCadenceRequest()).ResponseAsync);

        Assert.Equal(5, (await client.GetCadenceAsync(new GetCadenceRequest())).Quarters.Sum(q => q.MeetingsHeld));
        output.WriteLine($"GetCadence ran {afterOne} commands after one held meeting and {afterMany} after five.");
        Assert.True(afterOne == afterMany && afterMany <= 2, $"GetCadence ran {afterOne} commands after one held meeting and {afterMany} after five.");
    }
}
