using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Officials;

public sealed class OfficialsAccessTests : IDisposable
{
    // A factory per test: tests add the personas' fixed agencies and read the whole audit trail, so each test needs its own host.
    private readonly WorkingGroupServiceFactory _factory = new();

    private V1.OfficialsService.OfficialsServiceClient ClientAs(string persona) => new(_factory.ChannelFor(persona));

    private static V1.DesignateOfficialRequest Request(Guid agencyId) => new()
    {
        AgencyId = agencyId.ToString(),
        FullName = "Petar Example",
        RoleTitle = "Chief inspector",
        WorkEmail = $"petar.{Guid.NewGuid():N}@borderpolice.example",
        Purpose = "Working-group membership",
        LegalBasis = V1.LegalBasis.PublicTask,
    };

    [Fact]
    public async Task DesignateOfficial_leaves_one_audit_record_naming_the_caller_and_the_official()
    {
        await _factory.AddPersonaAgenciesAsync();

        var official = (await ClientAs("uk-co-chair").DesignateOfficialAsync(Request(DevelopmentPersonas.BgBorderPolice))).Official;

        var record = await AuditAssert.SingleByDefaultCallerAsync(_factory, "DesignateOfficial", "create", "Official", official.Id);
        Assert.Contains("\"work_email\"", record.Fields, StringComparison.Ordinal);
        Assert.DoesNotContain("Petar", record.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_coordinator_designates_for_its_own_agency_only()
    {
        await _factory.AddPersonaAgenciesAsync();
        var coordinator = ClientAs("bg-border-police-coordinator");

        var own = (await coordinator.DesignateOfficialAsync(Request(DevelopmentPersonas.BgBorderPolice))).Official;
        var ex = await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => coordinator.DesignateOfficialAsync(Request(DevelopmentPersonas.UkHomeOffice)).ResponseAsync);

        Assert.Equal(DevelopmentPersonas.BgBorderPolice.ToString(), own.AgencyId);
        Assert.Contains("own agency", ex.Status.Detail, StringComparison.Ordinal);
        var record = Assert.Single(await AuditRecords.ForOperationAsync(_factory, "DesignateOfficial"));
        Assert.Equal(("dev:bg-border-police-coordinator", DevelopmentPersonas.BgBorderPolice.ToString()), (record.ActorSubject, record.ActorAgencyId));
    }

    [Fact]
    public async Task Designating_needs_a_token_and_a_role_that_manages_agency_records()
    {
        await _factory.AddPersonaAgenciesAsync();

        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => new V1.OfficialsService.OfficialsServiceClient(_factory.AnonymousChannel)
            .DesignateOfficialAsync(Request(DevelopmentPersonas.UkHomeOffice)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => ClientAs("analyst").DesignateOfficialAsync(Request(DevelopmentPersonas.UkHomeOffice)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => ClientAs("uk-project-lead").DesignateOfficialAsync(Request(DevelopmentPersonas.UkBorderForce)).ResponseAsync);
        Assert.Empty(await AuditRecords.AllAsync(_factory));
    }

    [Fact]
    public async Task Reading_officials_needs_a_justification_and_the_personal_data_role_and_is_audited_per_official()
    {
        await _factory.AddPersonaAgenciesAsync();
        var first = await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "First Example", "first@homeoffice.example");
        var second = await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Second Example", "second@homeoffice.example");
        var client = ClientAs("uk-co-chair");

        await RpcAssert.InvalidArgumentAsync("justification",
            () => client.GetOfficialAsync(new V1.GetOfficialRequest { OfficialId = first.Id }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("justification",
            () => client.ListOfficialsAsync(new V1.ListOfficialsRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("analyst").GetOfficialAsync(
            new V1.GetOfficialRequest { OfficialId = first.Id, Justification = PersonalDataScenario.Why }).ResponseAsync);
        await client.ListOfficialsAsync(new V1.ListOfficialsRequest { Justification = "Meeting invitations" });

        var reads = await AuditRecords.ForOperationAsync(_factory, "ListOfficials");
        Assert.Equal(new[] { first.Id, second.Id }.Order(), reads.Select(r => r.ResourceId).Order());
        Assert.All(reads, r => Assert.Equal(("read", "Meeting invitations"), (r.Action, r.Justification)));
    }

    [Fact]
    public async Task Outside_the_co_chair_role_officials_are_read_only_within_the_callers_agency()
    {
        await _factory.AddPersonaAgenciesAsync();
        var ukOfficial = await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Uk Example", "uk@homeoffice.example");
        var bgOfficial = await _factory.DesignateAsync(DevelopmentPersonas.BgBorderPolice, "Bg Example", "bg@borderpolice.example");
        var coordinator = ClientAs("bg-border-police-coordinator");

        var ex = await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => coordinator.GetOfficialAsync(
            new V1.GetOfficialRequest { OfficialId = ukOfficial.Id, Justification = PersonalDataScenario.Why }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("uk-training-coordinator").GetOfficialAsync(
            new V1.GetOfficialRequest { OfficialId = ukOfficial.Id, Justification = PersonalDataScenario.Why }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => coordinator.ListOfficialsAsync(new V1.ListOfficialsRequest
        {
            AgencyId = DevelopmentPersonas.UkHomeOffice.ToString(), Justification = PersonalDataScenario.Why,
        }).ResponseAsync);
        var own = (await coordinator.GetOfficialAsync(
            new V1.GetOfficialRequest { OfficialId = bgOfficial.Id, Justification = PersonalDataScenario.Why })).Official;
        var listed = await coordinator.ListOfficialsAsync(new V1.ListOfficialsRequest { Justification = PersonalDataScenario.Why });
        var all = await ClientAs("uk-co-chair").ListOfficialsAsync(new V1.ListOfficialsRequest { Justification = PersonalDataScenario.Why });

        Assert.Contains("own agency", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("Bg Example", own.FullName);
        Assert.Equal([bgOfficial.Id], listed.Officials.Select(o => o.Id));
        Assert.Equal(2, all.Officials.Count);
        // Only what was handed out was audited: the coordinator's own official, twice.
        var coordinatorReads = (await AuditRecords.AllAsync(_factory)).Where(r => r.ActorSubject == "dev:bg-border-police-coordinator").ToList();
        Assert.Equal([bgOfficial.Id, bgOfficial.Id], coordinatorReads.Select(r => r.ResourceId));
    }

    public void Dispose() => _factory.Dispose();
}
