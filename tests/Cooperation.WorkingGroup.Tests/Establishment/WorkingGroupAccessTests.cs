using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Establishment;

public sealed class WorkingGroupAccessTests : IDisposable
{
    // A factory per test: the group is established once per programme, so each test needs a programme of its own.
    private readonly WorkingGroupServiceFactory _factory = new();

    private V1.WorkingGroupService.WorkingGroupServiceClient ClientAs(string persona) => new(_factory.ChannelFor(persona));

    [Fact]
    public async Task EstablishWorkingGroup_leaves_one_audit_record_naming_the_caller()
    {
        await ClientAs("uk-co-chair").EstablishWorkingGroupAsync(new V1.EstablishWorkingGroupRequest { EstablishedOn = WireDates.On("2023-11-13") });

        var record = Assert.Single(await AuditRecords.ForOperationAsync(_factory, "EstablishWorkingGroup"));
        Assert.Equal(("dev:uk-co-chair", "create", "WorkingGroup"), (record.ActorSubject, record.Action, record.ResourceType));
    }

    [Fact]
    public async Task Only_a_co_chair_establishes_the_group_and_a_token_is_needed_to_read_it()
    {
        var request = new V1.EstablishWorkingGroupRequest { EstablishedOn = WireDates.On("2023-11-13") };

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("bg-border-police-coordinator").EstablishWorkingGroupAsync(request).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => new V1.WorkingGroupService.WorkingGroupServiceClient(_factory.AnonymousChannel)
            .GetWorkingGroupAsync(new V1.GetWorkingGroupRequest()).ResponseAsync);
        Assert.False((await ClientAs("analyst").GetWorkingGroupAsync(new V1.GetWorkingGroupRequest())).WorkingGroup.Established);
        Assert.Empty(await AuditRecords.AllAsync(_factory));
    }

    public void Dispose() => _factory.Dispose();
}
