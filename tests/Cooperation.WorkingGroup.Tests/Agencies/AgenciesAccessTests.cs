using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Agencies;

public sealed class AgenciesAccessTests : IDisposable
{
    // A factory per test: assertions read the whole audit trail and the whole agency list (empty after a refused call), so each test needs its own host.
    private readonly WorkingGroupServiceFactory _factory = new();

    private V1.AgenciesService.AgenciesServiceClient ClientAs(string persona) => new(_factory.ChannelFor(persona));

    private static V1.CreateAgencyRequest Request(TypeV1.Participant participant = TypeV1.Participant.Uk) => new()
    {
        Participant = participant, NameEn = "Migration Directorate", NameBg = "Дирекция „Миграция“", Kind = V1.AgencyKind.Migration,
    };

    [Fact]
    public async Task CreateAgency_leaves_one_audit_record_naming_the_caller_and_the_agency()
    {
        var agency = (await ClientAs("uk-co-chair").CreateAgencyAsync(Request())).Agency;

        var record = await AuditAssert.SingleByDefaultCallerAsync(_factory, "CreateAgency", "create", "Agency", agency.Id);
        Assert.Equal("[\"participant\",\"name_en\",\"name_bg\",\"kind\"]", record.Fields);
    }

    [Fact]
    public async Task Only_a_co_chair_registers_an_agency_and_any_programme_role_reads_them()
    {
        // A coordinator manages its own agency's records; a new agency is nobody's yet.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("bg-border-police-coordinator").CreateAgencyAsync(Request()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("analyst").CreateAgencyAsync(Request()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated,
            () => new V1.AgenciesService.AgenciesServiceClient(_factory.AnonymousChannel).ListAgenciesAsync(new V1.ListAgenciesRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("auditor").ListAgenciesAsync(new V1.ListAgenciesRequest()).ResponseAsync);

        await ClientAs("analyst").ListAgenciesAsync(new V1.ListAgenciesRequest());
        Assert.Empty(await AuditRecords.AllAsync(_factory));
    }

    [Fact]
    public async Task A_co_chair_registers_agencies_of_its_own_participant_only()
    {
        var ex = await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => ClientAs("bg-co-chair").CreateAgencyAsync(Request(TypeV1.Participant.Uk)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => ClientAs("uk-co-chair").CreateAgencyAsync(Request(TypeV1.Participant.Bg)).ResponseAsync);

        Assert.Contains("own participant", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Empty((await ClientAs("analyst").ListAgenciesAsync(new V1.ListAgenciesRequest())).Agencies);
        Assert.Empty(await AuditRecords.AllAsync(_factory));
        await ClientAs("bg-co-chair").CreateAgencyAsync(Request(TypeV1.Participant.Bg));
    }

    public void Dispose() => _factory.Dispose();
}
