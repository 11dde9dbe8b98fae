using Cooperation.Contracts.WorkingGroup.V1;
using Npgsql;
using TypeV1 = Cooperation.Contracts.Type.V1;

namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>
/// The working group's side of an end-to-end test: the group established with a co-chair of each
/// participant, and a project agreed for a workstream by a binding decision both co-chairs made.
/// Every step is idempotent over the shared stack, so the tests using it run in any order.
/// </summary>
public sealed class WorkingGroupAgreement(StackRun stack)
{
    // The working group's one row (WorkingGroupRecord.Id); the local seed holds agencies and officials only.
    private const string WorkingGroupId = "3c0a9e00-0000-4000-8000-000000000001";

    /// <summary>Records the group as established with a co-chair of each participant (straight into its tables: the seed has neither); their official ids.</summary>
    public async Task<Guid[]> EstablishWithCoChairsAsync()
    {
        await using var connection = new NpgsqlConnection(await stack.ConnectionStringAsync("workinggroupdb"));
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"""
            INSERT INTO working_group (id, established_on, due_by, recorded_at)
            VALUES ('{WorkingGroupId}', current_date - 1, current_date + 30, now()) ON CONFLICT (id) DO NOTHING
            """);
        var coChairs = new List<Guid>();
        foreach (var participant in new[] { "BG", "UK" })
        {
            await ExecuteAsync(connection, $"""
                INSERT INTO memberships (id, official_id, role, participant, started_on)
                SELECT gen_random_uuid(), o.id, 'co_chair', a.participant, current_date - 1
                FROM officials o JOIN agencies a ON a.id = o.agency_id
                WHERE a.participant = '{participant}' AND o.erased_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.role = 'co_chair' AND m.participant = '{participant}' AND m.ended_on IS NULL)
                ORDER BY o.id LIMIT 1
                """);
            await using var read = new NpgsqlCommand(
                $"SELECT official_id FROM memberships WHERE role = 'co_chair' AND participant = '{participant}' AND ended_on IS NULL", connection);
            coChairs.Add((Guid)(await read.ExecuteScalarAsync())!);
        }

        return [.. coChairs];
    }

    /// <summary>
    /// A meeting held today, a binding decision recorded by the UK co-chair and confirmed by the BG
    /// co-chair, and a project for <paramref name="workstream"/> led by <paramref name="leadAgencyId"/> agreed by it.
    /// </summary>
    public async Task<Project> AgreeProjectAsync(ProjectWorkstream workstream, Guid leadAgencyId, string title, string summary)
    {
        var coChairs = await EstablishWithCoChairsAsync();
        using var uk = stack.ChannelTo("working-group", "uk-co-chair");
        using var bg = stack.ChannelTo("working-group", "bg-co-chair");
        var meetings = new MeetingsService.MeetingsServiceClient(uk);
        var schedule = new ScheduleMeetingRequest { ScheduledOn = Calls.Today(), Location = "Sofia", Format = MeetingFormat.InPerson };
        schedule.AgendaItems.Add($"Agree: {title}");
        var meeting = (await meetings.ScheduleMeetingAsync(schedule, deadline: Calls.Deadline())).Meeting;
        var hold = new HoldMeetingRequest { MeetingId = meeting.Id, HeldOn = schedule.ScheduledOn };
        hold.AttendeeOfficialIds.AddRange(coChairs.Select(c => c.ToString()));
        await meetings.HoldMeetingAsync(hold, deadline: Calls.Deadline());
        var decision = (await meetings.RecordDecisionAsync(
            new RecordDecisionRequest { MeetingId = meeting.Id, Text = $"Agree {title}", Binding = true }, deadline: Calls.Deadline())).Decision;
        await new MeetingsService.MeetingsServiceClient(bg).ConfirmDecisionAsync(
            new ConfirmDecisionRequest { DecisionId = decision.Id }, deadline: Calls.Deadline());

        var projects = new ProjectsService.ProjectsServiceClient(uk);
        var proposal = new ProposeProjectRequest { Title = title, Summary = summary, Workstream = workstream };
        proposal.CooperationAreas.Add(TypeV1.CooperationAreaTag.BorderSecurity);
        proposal.LeadAgencyIds.Add(leadAgencyId.ToString());
        var proposed = (await projects.ProposeProjectAsync(proposal, deadline: Calls.Deadline())).Project;
        return (await projects.AgreeProjectAsync(
            new AgreeProjectRequest { ProjectId = proposed.Id, DecisionId = decision.Id }, deadline: Calls.Deadline())).Project;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
