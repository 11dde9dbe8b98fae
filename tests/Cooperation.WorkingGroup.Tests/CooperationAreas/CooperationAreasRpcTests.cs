using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.CooperationAreas;

/// <summary>
/// The tests share one service: each names its areas uniquely and looks only at those. Moving the
/// clock forward only orders a test's own areas; nothing else here reads the time.
/// </summary>
public sealed class CooperationAreasRpcTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly V1.CooperationAreasService.CooperationAreasServiceClient _client = new(factory.Channel);

    private Task<V1.IdentifyCooperationAreaResponse> IdentifyAsync(string title, params TypeV1.CooperationAreaTag[] tags)
    {
        var request = new V1.IdentifyCooperationAreaRequest { Title = title, Description = $"{title}: what and why" };
        request.Tags.AddRange(tags);
        return _client.IdentifyCooperationAreaAsync(request).ResponseAsync;
    }

    /// <summary>Every listed area, page by page with <paramref name="pageSize"/>, as the pages came.</summary>
    private async Task<List<V1.CooperationArea>> ListAllAsync(int pageSize, TypeV1.CooperationAreaTag tag = TypeV1.CooperationAreaTag.Unspecified)
    {
        var all = new List<V1.CooperationArea>();
        var token = "";
        do
        {
            var page = await _client.ListCooperationAreasAsync(new V1.ListCooperationAreasRequest { PageSize = pageSize, PageToken = token, Tag = tag });
            Assert.InRange(page.CooperationAreas.Count, 0, pageSize);
            all.AddRange(page.CooperationAreas);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }

    [Fact]
    public async Task IdentifyCooperationArea_returns_the_stored_area()
    {
        var area = (await IdentifyAsync("Illicit finance",
            TypeV1.CooperationAreaTag.IllicitCash, TypeV1.CooperationAreaTag.AlternativeBanking, TypeV1.CooperationAreaTag.IllicitCash)).CooperationArea;

        Assert.Equal([TypeV1.CooperationAreaTag.AlternativeBanking, TypeV1.CooperationAreaTag.IllicitCash], area.Tags);
        Assert.Equal(area, (await _client.GetCooperationAreaAsync(new V1.GetCooperationAreaRequest { CooperationAreaId = area.Id })).CooperationArea);
    }

    [Fact]
    public async Task IdentifyCooperationArea_without_a_tag_names_tags()
    {
        await RpcAssert.InvalidArgumentAsync("tags", () => IdentifyAsync("Untagged"));
        await RpcAssert.InvalidArgumentAsync("tags[1]", () => IdentifyAsync("Odd tag", TypeV1.CooperationAreaTag.Training, TypeV1.CooperationAreaTag.Unspecified));
        await RpcAssert.InvalidArgumentAsync("title", () => IdentifyAsync("", TypeV1.CooperationAreaTag.Training));
    }

    [Fact]
    public async Task GetCooperationArea_of_an_unknown_area_is_not_found_and_a_malformed_id_is_invalid()
    {
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => _client.GetCooperationAreaAsync(
            new V1.GetCooperationAreaRequest { CooperationAreaId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("cooperation_area_id",
            () => _client.GetCooperationAreaAsync(new V1.GetCooperationAreaRequest { CooperationAreaId = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task ListCooperationAreas_filters_by_tag_and_pages()
    {
        var run = Guid.NewGuid().ToString("N");
        await IdentifyAsync($"Supply chains {run}", TypeV1.CooperationAreaTag.SupplyChains, TypeV1.CooperationAreaTag.TargetingOrganisedCrimeGroups);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await IdentifyAsync($"Joint training {run}", TypeV1.CooperationAreaTag.Training);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await IdentifyAsync($"Debriefs {run}", TypeV1.CooperationAreaTag.OperationalDebriefs, TypeV1.CooperationAreaTag.TargetingOrganisedCrimeGroups);
        List<string> Mine(IEnumerable<V1.CooperationArea> areas) =>
            areas.Where(a => a.Title.EndsWith(run, StringComparison.Ordinal)).Select(a => a.Title.Split(' ')[0]).ToList();

        var targeting = await ListAllAsync(200, TypeV1.CooperationAreaTag.TargetingOrganisedCrimeGroups);
        var paged = await ListAllAsync(2);

        Assert.Equal(["Supply", "Debriefs"], Mine(targeting));
        Assert.Equal(2, targeting.First(a => a.Title == $"Supply chains {run}").Tags.Count);
        Assert.Equal(["Supply", "Joint", "Debriefs"], Mine(paged));
        Assert.Equal(paged.Count, paged.Select(a => a.Id).Distinct().Count());
        await RpcAssert.InvalidArgumentAsync("tag", () => _client.ListCooperationAreasAsync(
            new V1.ListCooperationAreasRequest { Tag = (TypeV1.CooperationAreaTag)500 }).ResponseAsync);
    }
}
