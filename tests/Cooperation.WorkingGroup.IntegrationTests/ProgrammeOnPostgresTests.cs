using System.Globalization;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.Contracts.Type.V1;
using Cooperation.WorkingGroup.IntegrationTests.Infrastructure;
using Dapper;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.IntegrationTests;

/// <summary>
/// The RPCs that look officials, co-chairs and agencies up by id, on a real PostgreSQL database,
/// where SQL that PostgreSQL refuses would fail as Internal.
/// </summary>
[Collection(RealInfrastructureDefinition.Name)]
public sealed class ProgrammeOnPostgresTests(RealInfrastructure infrastructure) : IAsyncLifetime
{
    // The service keeps its one working group in the row with this id (WorkingGroupRecord.Id).
    private static readonly Guid WorkingGroupRowId = new("3c0a9e00-0000-4000-8000-000000000001");

    private WorkingGroupOnRealInfrastructure _service = null!;

    private static Google.Type.Date Today => WireDate.ToWire(DateOnly.FromDateTime(DateTime.UtcNow));

    public async Task InitializeAsync() => _service = await WorkingGroupOnRealInfrastructure.StartAsync(infrastructure);

    public Task DisposeAsync()
    {
        _service.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ProposeProject_answers_NotFound_for_an_unknown_lead_agency_and_proposes_with_known_ones()
    {
        var programme = await SeedAsync();
        var projects = new ProjectsService.ProjectsServiceClient(_service.Channel);
        var unknown = Guid.NewGuid();

        var ex = await Assert.ThrowsAsync<RpcException>(() => projects.ProposeProjectAsync(Proposal(programme.UkAgency, unknown)).ResponseAsync);
        var proposed = (await projects.ProposeProjectAsync(Proposal(programme.UkAgency, programme.BgAgency))).Project;

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Contains(unknown.ToString(), ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(new[] { programme.UkAgency, programme.BgAgency }.Select(a => a.ToString()).Order(), proposed.LeadAgencyIds.Order());
    }

    [Fact]
    public async Task HoldMeeting_and_AddActionItem_look_up_the_attendees_and_the_owner()
    {
        var programme = await SeedAsync();
        var meetings = new MeetingsService.MeetingsServiceClient(_service.Channel);
        var scheduled = (await meetings.ScheduleMeetingAsync(new ScheduleMeetingRequest
        {
            ScheduledOn = Today, Location = "Sofia", Format = MeetingFormat.InPerson, AgendaItems = { "Terms of reference" },
        })).Meeting;

        var unknownAttendee = await Assert.ThrowsAsync<RpcException>(() => meetings.HoldMeetingAsync(
            Hold(scheduled.Id, programme.BgCoChair, Guid.NewGuid())).ResponseAsync);
        var held = (await meetings.HoldMeetingAsync(Hold(scheduled.Id, programme.BgCoChair, programme.UkCoChair, programme.UkMember))).Meeting;
        var unknownOwner = await Assert.ThrowsAsync<RpcException>(() => meetings.AddActionItemAsync(
            ActionItem(held.Id, Guid.NewGuid())).ResponseAsync);
        var item = (await meetings.AddActionItemAsync(ActionItem(held.Id, programme.UkMember))).ActionItem;

        Assert.Equal((StatusCode.NotFound, StatusCode.NotFound), (unknownAttendee.StatusCode, unknownOwner.StatusCode));
        Assert.Equal((MeetingStatus.Held, 3), (held.Status, held.Attendees.Count));
        Assert.Equal(2, held.Attendees.Count(a => a.CoChair));
        Assert.Equal(programme.UkMember.ToString(), item.OwnerOfficialId);
    }

    private static ProposeProjectRequest Proposal(params Guid[] leads)
    {
        var request = new ProposeProjectRequest
        {
            Title = "Document fraud detection",
            Summary = "Joint course for border officers",
            Workstream = ProjectWorkstream.Training,
            CooperationAreas = { CooperationAreaTag.BorderSecurity },
        };
        request.LeadAgencyIds.AddRange(leads.Select(a => a.ToString()));
        return request;
    }

    private static HoldMeetingRequest Hold(string meetingId, params Guid[] attendees)
    {
        var request = new HoldMeetingRequest { MeetingId = meetingId, HeldOn = Today };
        request.AttendeeOfficialIds.AddRange(attendees.Select(a => a.ToString()));
        return request;
    }

    private static AddActionItemRequest ActionItem(string meetingId, Guid owner) => new()
    {
        MeetingId = meetingId, Description = "Circulate the terms of reference", OwnerOfficialId = owner.ToString(), DueOn = WireDate.ToWire(new DateOnly(2099, 1, 31)),
    };

    private sealed record Programme(Guid BgAgency, Guid UkAgency, Guid BgCoChair, Guid UkCoChair, Guid UkMember);

    /// <summary>An established group a month old: one agency per participant, both co-chairs and a UK member.</summary>
    private async Task<Programme> SeedAsync()
    {
        var programme = new Programme(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var establishedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30);
        await using var connection = await _service.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        const string Agency = """
            INSERT INTO agencies (id, participant, name_en, name_bg, kind, created_at)
            VALUES (@Id, @Participant, @Name, @Name, 'police', '2023-11-13T09:00:00.0000000Z')
            """;
        await connection.ExecuteAsync(Agency, new { Id = programme.BgAgency, Participant = "BG", Name = $"Border Police {programme.BgAgency:N}" });
        await connection.ExecuteAsync(Agency, new { Id = programme.UkAgency, Participant = "UK", Name = $"National Crime Agency {programme.UkAgency:N}" });
        foreach (var (official, agency) in new[] { (programme.BgCoChair, programme.BgAgency), (programme.UkCoChair, programme.UkAgency), (programme.UkMember, programme.UkAgency) })
        {
            await connection.ExecuteAsync("""
                INSERT INTO officials (id, agency_id, full_name, role_title, work_email, purpose, designated_at)
                VALUES (@Id, @AgencyId, 'Test Official', 'Officer', @Email, 'working group member', '2023-11-13T09:00:00.0000000Z')
                """, new { Id = official, AgencyId = agency, Email = $"official-{official:N}@example.org" });
        }

        await connection.ExecuteAsync("""
            INSERT INTO working_group (id, established_on, due_by, recorded_at)
            VALUES (@Id, @EstablishedOn, @EstablishedOn, '2023-11-13T09:00:00.0000000Z')
            """, new { Id = WorkingGroupRowId, EstablishedOn = establishedOn });
        foreach (var (official, role, participant) in new[]
        {
            (programme.BgCoChair, "co_chair", "BG"), (programme.UkCoChair, "co_chair", "UK"), (programme.UkMember, "member", "UK"),
        })
        {
            await connection.ExecuteAsync("""
                INSERT INTO memberships (id, official_id, role, participant, started_on, ended_on)
                VALUES (@Id, @OfficialId, @Role, @Participant, @StartedOn, NULL)
                """, new { Id = Guid.NewGuid(), OfficialId = official, Role = role, Participant = participant, StartedOn = establishedOn });
        }

        return programme;
    }
}
