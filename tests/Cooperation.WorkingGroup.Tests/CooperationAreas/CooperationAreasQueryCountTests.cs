using Xunit.Abstractions;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.CooperationAreas;

/// <summary>A list or get of areas runs the same few commands whatever the page size or the number of tags.</summary>
public sealed class CooperationAreasQueryCountTests(WorkingGroupServiceFactory factory, ITestOutputHelper output) : IClassFixture<WorkingGroupServiceFactory>
{
    private const int Many = 21;
    private const int MaxCommands = 3;

    private readonly V1.CooperationAreasService.CooperationAreasServiceClient _client = new(factory.Channel);

    private async Task<V1.CooperationArea> IdentifyAsync(string title, IEnumerable<TypeV1.CooperationAreaTag> tags)
    {
        var request = new V1.IdentifyCooperationAreaRequest { Title = title, Description = "counted" };
        request.Tags.AddRange(tags);
        return (await _client.IdentifyCooperationAreaAsync(request)).CooperationArea;
    }

    private static TypeV1.CooperationAreaTag[] EveryTag() =>
        Enum.GetValues<TypeV1.CooperationAreaTag>().Where(t => t != TypeV1.CooperationAreaTag.Unspecified).ToArray();

    [Fact]
    public async Task ListCooperationAreas_runs_as_many_commands_for_a_page_of_one_as_for_a_page_of_many()
    {
        // Every area carries every tag, so a page of many also has many tags per area.
        for (var i = 0; i < Many; i++)
        {
            await IdentifyAsync($"Listed {i}", EveryTag());
        }

        var one = await CommandCount.OfAsync(factory, async () =>
            Assert.Single((await _client.ListCooperationAreasAsync(new V1.ListCooperationAreasRequest { PageSize = 1 })).CooperationAreas));
        var many = await CommandCount.OfAsync(factory, async () =>
            Assert.Equal(Many, (await _client.ListCooperationAreasAsync(new V1.ListCooperationAreasRequest { PageSize = Many })).CooperationAreas.Count));

        output.WriteLine($"commands: {one} for one, {many} for many");
        Assert.Equal(one, many);
        Assert.InRange(many, 1, MaxCommands);
    }

    [Fact]
    public async Task GetCooperationArea_runs_as_many_commands_for_one_tag_as_for_every_tag()
    {
        var single = await IdentifyAsync("One tag", [TypeV1.CooperationAreaTag.Training]);
        var tagged = await IdentifyAsync("Every tag", EveryTag());

        var one = await CommandCount.OfAsync(factory, () =>
            _client.GetCooperationAreaAsync(new V1.GetCooperationAreaRequest { CooperationAreaId = single.Id }).ResponseAsync);
        var many = await CommandCount.OfAsync(factory, async () => Assert.Equal(EveryTag().Length,
            (await _client.GetCooperationAreaAsync(new V1.GetCooperationAreaRequest { CooperationAreaId = tagged.Id })).CooperationArea.Tags.Count));

        output.WriteLine($"commands: {one} for one, {many} for many");
        Assert.Equal(one, many);
        Assert.InRange(many, 1, MaxCommands);
    }
}
