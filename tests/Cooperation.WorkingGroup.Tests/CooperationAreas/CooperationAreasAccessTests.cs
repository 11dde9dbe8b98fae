using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.CooperationAreas;

public sealed class CooperationAreasAccessTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private V1.CooperationAreasService.CooperationAreasServiceClient ClientAs(string persona) => new(factory.ChannelFor(persona));

    private static V1.IdentifyCooperationAreaRequest Request(string title)
    {
        var request = new V1.IdentifyCooperationAreaRequest { Title = title, Description = "¶4b" };
        request.Tags.Add(TypeV1.CooperationAreaTag.InformationSharing);
        return request;
    }

    [Fact]
    public async Task IdentifyCooperationArea_leaves_one_audit_record_naming_the_caller_and_the_area()
    {
        var area = (await ClientAs("uk-co-chair").IdentifyCooperationAreaAsync(Request("Illicit finance"))).CooperationArea;

        await ResourceAudit.SingleByDefaultCallerAsync(factory, "IdentifyCooperationArea", "create", "CooperationArea", area.Id);
    }

    [Fact]
    public async Task Only_a_co_chair_identifies_an_area()
    {
        var title = $"Refused {Guid.NewGuid()}";
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("uk-project-lead").IdentifyCooperationAreaAsync(Request(title)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => new V1.CooperationAreasService.CooperationAreasServiceClient(factory.AnonymousChannel)
            .IdentifyCooperationAreaAsync(Request(title)).ResponseAsync);

        var listed = await ClientAs("uk-project-lead").ListCooperationAreasAsync(new V1.ListCooperationAreasRequest { PageSize = 200 });
        Assert.DoesNotContain(listed.CooperationAreas, a => a.Title == title);
        Assert.Empty(await ResourceAudit.ByPersonaAsync(factory, "uk-project-lead"));
    }
}
