using Cooperation.WorkingGroup.Tests.Infrastructure;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.CooperationAreas;

/// <summary>An enum filter with a number the service does not know is a bad request, never "no filter".</summary>
public sealed class ListCooperationAreasFilterTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    [Fact]
    public async Task ListCooperationAreas_refuses_an_unknown_tag_filter_naming_the_field() =>
        await RpcAssert.InvalidArgumentAsync("tag", () => new V1.CooperationAreasService.CooperationAreasServiceClient(factory.Channel)
            .ListCooperationAreasAsync(new V1.ListCooperationAreasRequest { Tag = (TypeV1.CooperationAreaTag)99 }).ResponseAsync);
}
