using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Officials;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.PersonalData;

public sealed class ErasureAndExportTests : IDisposable
{
    private const string Name = "Margaret Holloway-Example";
    private const string Email = "margaret.holloway@homeoffice.example";
    private const string Phone = "+44 20 7035 4848";

    // A factory per test: assertions read the whole audit trail and memberships are global to the roster, so each test needs its own host.
    private readonly WorkingGroupServiceFactory _factory = new();
    private readonly V1.PersonalDataService.PersonalDataServiceClient _client;

    public ErasureAndExportTests() => _client = new V1.PersonalDataService.PersonalDataServiceClient(_factory.Channel);

    private V1.PersonalDataService.PersonalDataServiceClient ClientAs(string persona) => new(_factory.ChannelFor(persona));

    private V1.PersonalDataService.PersonalDataServiceClient ClientAs(DevelopmentPersona persona) => new(_factory.ChannelFor(persona));

    private async Task<V1.Official> ArrangeAsync()
    {
        await _factory.AddPersonaAgenciesAsync();
        return await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, Name, Email, Phone);
    }

    [Fact]
    public async Task Export_holds_the_record_memberships_meetings_attended_and_action_items_owned()
    {
        var official = await ArrangeAsync();
        var id = Guid.Parse(official.Id);
        await _factory.AddMembershipAsync(id, "member", "UK", new DateOnly(2023, 11, 14), new DateOnly(2024, 1, 31));
        var (meetingId, actionItemId) = (Guid.NewGuid(), Guid.NewGuid());
        await _factory.ExecuteAsync("""
            INSERT INTO meetings (id, status, scheduled_on, location, format, held_on, minutes, created_at, updated_at)
            VALUES (@Meeting, 'held', '2023-12-01', 'Sofia', 'in_person', '2023-12-01', 'minutes', '2023-11-13T09:00:00Z', '2023-11-13T09:00:00Z');
            INSERT INTO meeting_attendees (meeting_id, official_id, agency_id, participant, co_chair) VALUES (@Meeting, @Id, @Agency, 'UK', false);
            INSERT INTO action_items (id, meeting_id, description, owner_official_id, due_on, status, created_at, updated_at)
            VALUES (@ActionItem, @Meeting, 'Share the route analysis', @Id, '2024-01-15', 'open', '2023-12-01T09:00:00Z', '2023-12-01T09:00:00Z');
            """, new { Id = id, Agency = Guid.Parse(official.AgencyId), Meeting = meetingId, ActionItem = actionItemId });

        var export = await ClientAs(PersonalDataScenario.UkHomeOfficeCoordinator).ExportOfficialDataAsync(
            new V1.ExportOfficialDataRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why });

        Assert.Equal(official, export.Official);
        Assert.Equal([("2023-11-14", "2024-01-31", V1.MembershipRole.Member)], export.Memberships.Select(m => (WireDates.Text(m.StartedOn), WireDates.Text(m.EndedOn), m.Role)));
        Assert.Equal([(meetingId.ToString(), "2023-12-01", false)], export.MeetingsAttended.Select(m => (m.MeetingId, WireDates.Text(m.HeldOn), m.CoChair)));
        Assert.Equal([(actionItemId.ToString(), "Share the route analysis", V1.ActionItemStatus.Open)], export.ActionItemsOwned.Select(a => (a.ActionItemId, a.Description, a.Status)));
        Assert.Equal("2026-01-31", WireDates.Text(export.RetainedUntil));

        var record = Assert.Single(await AuditRecords.ForOperationAsync(_factory, "ExportOfficialData"));
        Assert.Equal(("disclose", official.Id, PersonalDataScenario.Why, $"[\"{DevelopmentPersonas.UkHomeOffice}\"]"),
            (record.Action, record.ResourceId, record.Justification, record.Recipients));
        Assert.Equal("dev:uk-home-office-coordinator", record.ActorSubject);
    }

    [Fact]
    public async Task Export_and_erasure_need_a_justification_the_right_role_and_the_officials_own_agency()
    {
        var official = await ArrangeAsync();

        await RpcAssert.InvalidArgumentAsync("justification", () => _client.ExportOfficialDataAsync(
            new V1.ExportOfficialDataRequest { OfficialId = official.Id }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("justification", () => _client.EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = official.Id, Justification = " " }).ResponseAsync);
        // Another agency's coordinator: refused, not told NotFound.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("bg-border-police-coordinator").ExportOfficialDataAsync(
            new V1.ExportOfficialDataRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("bg-border-police-coordinator").EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why }).ResponseAsync);
        // A training coordinator may read personal data, but not hand out an agency's records.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("uk-training-coordinator").ExportOfficialDataAsync(
            new V1.ExportOfficialDataRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("analyst").EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => new V1.PersonalDataService.PersonalDataServiceClient(_factory.AnonymousChannel)
            .ExportOfficialDataAsync(new V1.ExportOfficialDataRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why }).ResponseAsync);
        Assert.Empty(await AuditRecords.ForOperationAsync(_factory, "ExportOfficialData"));
    }

    [Fact]
    public async Task Erasure_anonymises_the_official_and_keeps_the_programmes_history()
    {
        var official = await ArrangeAsync();
        var id = Guid.Parse(official.Id);
        await _factory.AddMembershipAsync(id, "member", "UK", new DateOnly(2023, 11, 14), new DateOnly(2023, 12, 31));

        var erased = (await ClientAs(PersonalDataScenario.UkHomeOfficeCoordinator).EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = official.Id, Justification = "Erasure request of 2024-03-01" })).Official;

        Assert.Equal((official.Id, "Erased official", "", "", "", true), (erased.Id, erased.FullName, erased.RoleTitle, erased.WorkEmail, erased.WorkPhone, erased.Erased));
        var read = (await new V1.OfficialsService.OfficialsServiceClient(_factory.Channel).GetOfficialAsync(
            new V1.GetOfficialRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why })).Official;
        Assert.Equal(erased, read);
        var export = await _client.ExportOfficialDataAsync(new V1.ExportOfficialDataRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why });
        var membership = Assert.Single(export.Memberships);
        Assert.Equal((official.Id, "Erased official"), (membership.OfficialId, membership.FullName));

        // The e-mail is free again for a new designation, and the erased official cannot sit on the group.
        await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Someone Else", Email);
        await RpcAssert.FailedPreconditionAsync(MembershipRules.ErasedOfficialCannotBeMember, () => new V1.MembershipService.MembershipServiceClient(_factory.Channel)
            .AddMemberAsync(new V1.AddMemberRequest { OfficialId = official.Id, Role = V1.MembershipRole.Member }).ResponseAsync);
    }

    [Fact]
    public async Task The_audit_record_of_an_erasure_names_the_fields_and_holds_none_of_the_erased_values()
    {
        var official = await ArrangeAsync();

        await _client.EraseOfficialAsync(new V1.EraseOfficialRequest { OfficialId = official.Id, Justification = "Erasure request of 2024-03-01" });

        var record = Assert.Single(await AuditRecords.ForOperationAsync(_factory, "EraseOfficial"));
        Assert.Equal(("erase", "Official", official.Id, "dev:uk-co-chair"), (record.Action, record.ResourceType, record.ResourceId, record.ActorSubject));
        Assert.Equal("[\"full_name\",\"role_title\",\"work_email\",\"work_phone\"]", record.Fields);
        foreach (var row in await AuditRecords.AllAsync(_factory))
        {
            foreach (var value in new[] { Name, "Holloway", Email, "margaret", Phone, "7035", official.RoleTitle })
            {
                Assert.DoesNotContain(value, row.AllText, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task A_current_member_is_not_erased_and_an_erased_official_is_erased_once()
    {
        var official = await ArrangeAsync();
        await _factory.AddMembershipAsync(Guid.Parse(official.Id), "member", "UK", new DateOnly(2023, 11, 14));

        await RpcAssert.FailedPreconditionAsync(OfficialsRules.ErasureOfCurrentMember, () => _client.EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = official.Id, Justification = PersonalDataScenario.Why }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => _client.EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = Guid.NewGuid().ToString(), Justification = PersonalDataScenario.Why }).ResponseAsync);

        var other = await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Other Example", "other@homeoffice.example");
        await _client.EraseOfficialAsync(new V1.EraseOfficialRequest { OfficialId = other.Id, Justification = PersonalDataScenario.Why });
        await _client.EraseOfficialAsync(new V1.EraseOfficialRequest { OfficialId = other.Id, Justification = PersonalDataScenario.Why });
        Assert.Single(await AuditRecords.ForOperationAsync(_factory, "EraseOfficial"));
    }

    public void Dispose() => _factory.Dispose();
}
