using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.CooperationAreas;

public sealed class CooperationAreasAccessTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();

    private V1.CooperationAreasService.CooperationAreasServiceClient ClientAs(string persona) => new(_factory.ChannelFor(persona));

    private static V1.IdentifyCooperationAreaRequest Request()
    {
        var request = new V1.IdentifyCooperationAreaRequest { Title = "Illicit finance", Description = "¶4b" };
        request.Tags.Add(TypeV1.CooperationAreaTag.InformationSharing);
        return request;
    }

    [Fact]
    public async Task IdentifyCooperationArea_leaves_one_audit_record_naming_the_caller_and_the_area()
    {
        var area = (await ClientAs("uk-co-chair").IdentifyCooperationAreaAsync(Request())).CooperationArea;

        await AuditAssert.SingleByDefaultCallerAsync(_factory, "IdentifyCooperationArea", "create", "CooperationArea", area.Id);
    }

    [Fact]
    public async Task Only_a_co_chair_identifies_an_area()
    {
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("uk-project-lead").IdentifyCooperationAreaAsync(Request()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => new V1.CooperationAreasService.CooperationAreasServiceClient(_factory.AnonymousChannel)
            .IdentifyCooperationAreaAsync(Request()).ResponseAsync);
        Assert.Empty((await ClientAs("uk-project-lead").ListCooperationAreasAsync(new V1.ListCooperationAreasRequest())).CooperationAreas);
        Assert.Empty(await AuditRecords.AllAsync(_factory));
    }

    public void Dispose() => _factory.Dispose();
}
