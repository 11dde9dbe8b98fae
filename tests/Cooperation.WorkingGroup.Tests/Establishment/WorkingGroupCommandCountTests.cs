using Cooperation.WorkingGroup.Tests.Infrastructure;
using Xunit.Abstractions;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Establishment;

/// <summary>GetWorkingGroup reads the one working group with one query, established or not.</summary>
public sealed class WorkingGroupCommandCountTests(ITestOutputHelper output) : IDisposable
{
    // Establishment happens once per programme: the test records it, so it needs a programme of its own.
    private readonly WorkingGroupServiceFactory _factory = new();

    [Fact]
    public async Task GetWorkingGroup_runs_one_query_before_and_after_establishment()
    {
        var client = new V1.WorkingGroupService.WorkingGroupServiceClient(_factory.Channel);
        await client.GetWorkingGroupAsync(new V1.GetWorkingGroupRequest());
        var before = await Officials.CommandCounts.OfAsync(_factory, () => client.GetWorkingGroupAsync(new V1.GetWorkingGroupRequest()).ResponseAsync);
        await _factory.EstablishAsync(ProgrammeSeed.DefaultEstablishedOn);
        var after = await Officials.CommandCounts.OfAsync(_factory, () => client.GetWorkingGroupAsync(new V1.GetWorkingGroupRequest()).ResponseAsync);

        output.WriteLine($"GetWorkingGroup: not established = {before}, established = {after}");
        Assert.Equal((1, 1), (before, after));
    }

    public void Dispose() => _factory.Dispose();
}
