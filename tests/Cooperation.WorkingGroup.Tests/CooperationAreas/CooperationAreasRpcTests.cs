using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.CooperationAreas;

public sealed class CooperationAreasRpcTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();
    private readonly V1.CooperationAreasService.CooperationAreasServiceClient _client;

    public CooperationAreasRpcTests() => _client = new V1.CooperationAreasService.CooperationAreasServiceClient(_factory.Channel);

    private Task<V1.IdentifyCooperationAreaResponse> IdentifyAsync(string title, params TypeV1.CooperationAreaTag[] tags)
    {
        var request = new V1.IdentifyCooperationAreaRequest { Title = title, Description = $"{title}: what and why" };
        request.Tags.AddRange(tags);
        return _client.IdentifyCooperationAreaAsync(request).ResponseAsync;
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
        await IdentifyAsync("Supply chains", TypeV1.CooperationAreaTag.SupplyChains, TypeV1.CooperationAreaTag.TargetingOrganisedCrimeGroups);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await IdentifyAsync("Joint training", TypeV1.CooperationAreaTag.Training);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await IdentifyAsync("Debriefs", TypeV1.CooperationAreaTag.OperationalDebriefs, TypeV1.CooperationAreaTag.TargetingOrganisedCrimeGroups);

        var targeting = await _client.ListCooperationAreasAsync(
            new V1.ListCooperationAreasRequest { Tag = TypeV1.CooperationAreaTag.TargetingOrganisedCrimeGroups });
        var page1 = await _client.ListCooperationAreasAsync(new V1.ListCooperationAreasRequest { PageSize = 2 });
        var page2 = await _client.ListCooperationAreasAsync(new V1.ListCooperationAreasRequest { PageSize = 2, PageToken = page1.NextPageToken });

        Assert.Equal(["Supply chains", "Debriefs"], targeting.CooperationAreas.Select(a => a.Title));
        Assert.Equal(2, targeting.CooperationAreas[0].Tags.Count);
        Assert.Equal(["Supply chains", "Joint training", "Debriefs"], page1.CooperationAreas.Concat(page2.CooperationAreas).Select(a => a.Title));
        await RpcAssert.InvalidArgumentAsync("tag", () => _client.ListCooperationAreasAsync(
            new V1.ListCooperationAreasRequest { Tag = (TypeV1.CooperationAreaTag)500 }).ResponseAsync);
    }

    public void Dispose() => _factory.Dispose();
}
