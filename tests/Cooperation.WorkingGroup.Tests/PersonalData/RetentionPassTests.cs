using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Officials;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.PersonalData;

public sealed class RetentionPassTests : IDisposable
{
    // A factory per test: the retention pass and the clock it reads act on every official of the host, so each test needs its own.
    private readonly WorkingGroupServiceFactory _factory = new();

    private OfficialRetentionPass Pass => _factory.Services.GetRequiredService<OfficialRetentionPass>();

    private async Task<V1.Official> ReadAsync(string id) =>
        (await new V1.OfficialsService.OfficialsServiceClient(_factory.Channel).GetOfficialAsync(
            new V1.GetOfficialRequest { OfficialId = id, Justification = PersonalDataScenario.Why })).Official;

    [Fact]
    public async Task Officials_past_their_retention_are_anonymised_by_the_service_and_the_others_are_kept()
    {
        await _factory.AddPersonaAgenciesAsync();
        var unused = await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Never A Member", "never@homeoffice.example");
        var former = await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Former Member", "former@homeoffice.example");
        var current = await _factory.DesignateAsync(DevelopmentPersonas.BgBorderPolice, "Current Member", "current@borderpolice.example");
        await _factory.AddMembershipAsync(Guid.Parse(former.Id), "member", "UK", new DateOnly(2023, 11, 14), new DateOnly(2024, 1, 31));
        await _factory.AddMembershipAsync(Guid.Parse(current.Id), "member", "BG", new DateOnly(2023, 11, 14));

        // The day after the unused designation's retention ended (12 months after 2023-11-13).
        _factory.SetToday(new DateOnly(2024, 11, 14));
        await Pass.RunAsync(CancellationToken.None);

        Assert.True((await ReadAsync(unused.Id)).Erased);
        Assert.Equal("Former Member", (await ReadAsync(former.Id)).FullName);

        // 24 months after the membership ended on 2024-01-31.
        _factory.SetToday(new DateOnly(2026, 2, 1));
        await Pass.RunAsync(CancellationToken.None);

        var erased = await ReadAsync(former.Id);
        Assert.Equal(("Erased official", "", true), (erased.FullName, erased.WorkEmail, erased.Erased));
        Assert.Equal("Current Member", (await ReadAsync(current.Id)).FullName);

        var records = await AuditRecords.ForOperationAsync(_factory, OfficialRetentionPass.Operation);
        Assert.Equal([unused.Id, former.Id], records.Select(r => r.ResourceId));
        Assert.All(records, r => Assert.Equal(("erase", "service:working-group", (string?)null), (r.Action, r.ActorSubject, r.ActorAgencyId)));
        Assert.All(records, r => Assert.DoesNotContain("Member", r.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pass_with_nothing_due_changes_and_records_nothing()
    {
        await _factory.AddPersonaAgenciesAsync();
        await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Recent Designation", "recent@homeoffice.example");

        Assert.Empty(await Pass.RunAsync(CancellationToken.None));
        Assert.Empty(await AuditRecords.ForOperationAsync(_factory, OfficialRetentionPass.Operation));
    }

    public void Dispose() => _factory.Dispose();
}
