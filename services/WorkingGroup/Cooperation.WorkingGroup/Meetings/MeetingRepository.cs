using System.Data.Common;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Dapper;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>Stores meetings with their agenda, attendance and decisions. Writes go through the caller's unit of work.</summary>
public sealed class MeetingRepository(IDbConnectionFactory connections, TimeProvider clock)
{
    private const string InsertSql = """
        INSERT INTO meetings (id, status, scheduled_on, location, format, held_on, minutes, created_at, updated_at)
        VALUES (@Id, @Status, @ScheduledOn, @Location, @Format, @HeldOn, @Minutes, @Now, @Now)
        """;

    private const string UpdateSql = """
        UPDATE meetings SET status = @Status, held_on = @HeldOn, minutes = @Minutes, updated_at = @Now WHERE id = @Id
        """;

    private const string DeleteAgendaSql = "DELETE FROM agenda_items WHERE meeting_id = @Id";

    private const string InsertAgendaSql = """
        INSERT INTO agenda_items (meeting_id, position, title, carried_action_item_id)
        VALUES (@MeetingId, @Position, @Title, @CarriedActionItemId)
        """;

    private const string DeleteAttendeesSql = "DELETE FROM meeting_attendees WHERE meeting_id = @Id";

    private const string InsertAttendeeSql = """
        INSERT INTO meeting_attendees (meeting_id, official_id, agency_id, participant, co_chair)
        VALUES (@MeetingId, @OfficialId, @AgencyId, @Participant, @CoChair)
        """;

    private const string InsertDecisionSql = """
        INSERT INTO decisions (id, meeting_id, text, binding, recorded_at, recorded_by, confirmed_by, confirmed_at)
        VALUES (@Id, @MeetingId, @Text, @Binding, @RecordedAt, @RecordedBy, @ConfirmedBy, @ConfirmedAt)
        """;

    private const string ConfirmDecisionSql = """
        UPDATE decisions SET confirmed_by = @ConfirmedBy, confirmed_at = @ConfirmedAt WHERE id = @Id AND confirmed_at IS NULL
        """;

    private const string DecisionColumns = """
        id AS Id, meeting_id AS MeetingId, text AS Text, binding AS Binding, recorded_at AS RecordedAt,
        recorded_by AS RecordedBy, confirmed_by AS ConfirmedBy, confirmed_at AS ConfirmedAt
        """;

    private const string SelectMeetingSql = """
        SELECT id AS Id, status AS Status, scheduled_on AS ScheduledOn, location AS Location, format AS Format,
               held_on AS HeldOn, minutes AS Minutes
        FROM meetings WHERE id = @Id
        """;

    private const string SelectAgendaSql = """
        SELECT title AS Title, carried_action_item_id AS CarriedActionItemId
        FROM agenda_items WHERE meeting_id = @Id ORDER BY position
        """;

    private const string SelectAttendeesSql = """
        SELECT official_id AS OfficialId, agency_id AS AgencyId, participant AS Participant, co_chair AS CoChair
        FROM meeting_attendees WHERE meeting_id = @Id ORDER BY participant, official_id
        """;

    private const string SelectDecisionsSql = $"SELECT {DecisionColumns} FROM decisions WHERE meeting_id = @Id ORDER BY recorded_at, id";

    private const string SelectDecisionSql = $"SELECT {DecisionColumns} FROM decisions WHERE id = @Id";

    // The held date when held, else the scheduled date: what "the meeting's date" means in a range.
    private const string ListSql = """
        SELECT id FROM meetings
        WHERE (@Status IS NULL OR status = @Status)
          AND (CAST(@From AS date) IS NULL OR COALESCE(held_on, scheduled_on) >= @From)
          AND (CAST(@To AS date) IS NULL OR COALESCE(held_on, scheduled_on) <= @To)
        ORDER BY COALESCE(held_on, scheduled_on), id
        LIMIT @Limit OFFSET @Offset
        """;

    private const string HeldDatesSql = "SELECT held_on FROM meetings WHERE status = 'held'";

    public async Task InsertAsync(IUnitOfWork unitOfWork, Meeting meeting, CancellationToken cancellationToken)
    {
        await Execute(unitOfWork, InsertSql, new
        {
            meeting.Id, Status = Text(meeting.Status), meeting.ScheduledOn, meeting.Location, Format = Text(meeting.Format),
            meeting.HeldOn, meeting.Minutes, Now = clock.GetUtcNow(),
        }, cancellationToken);
        await WriteAgendaAsync(unitOfWork, meeting, cancellationToken);
    }

    /// <summary>Writes the meeting's state, agenda and attendance as they now stand.</summary>
    public async Task UpdateAsync(IUnitOfWork unitOfWork, Meeting meeting, CancellationToken cancellationToken)
    {
        await Execute(unitOfWork, UpdateSql, new { meeting.Id, Status = Text(meeting.Status), meeting.HeldOn, meeting.Minutes, Now = clock.GetUtcNow() }, cancellationToken);
        await WriteAgendaAsync(unitOfWork, meeting, cancellationToken);
        await Execute(unitOfWork, DeleteAttendeesSql, new { meeting.Id }, cancellationToken);
        foreach (var attendee in meeting.Attendees)
        {
            await Execute(unitOfWork, InsertAttendeeSql, new
            {
                MeetingId = meeting.Id, attendee.OfficialId, attendee.AgencyId, Participant = attendee.Participant.ToString(),
                attendee.CoChair,
            }, cancellationToken);
        }
    }

    public Task InsertDecisionAsync(IUnitOfWork unitOfWork, Decision decision, CancellationToken cancellationToken) =>
        Execute(unitOfWork, InsertDecisionSql, new
        {
            decision.Id, decision.MeetingId, decision.Text, decision.Binding, decision.RecordedAt,
            RecordedBy = decision.RecordedBy?.ToString(), ConfirmedBy = decision.ConfirmedBy?.ToString(), decision.ConfirmedAt,
        }, cancellationToken);

    /// <summary>Stores the confirmation of a pending decision; false when it was confirmed meanwhile.</summary>
    public async Task<bool> ConfirmDecisionAsync(IUnitOfWork unitOfWork, Decision decision, CancellationToken cancellationToken) =>
        await Execute(unitOfWork, ConfirmDecisionSql, new { decision.Id, ConfirmedBy = decision.ConfirmedBy?.ToString(), decision.ConfirmedAt }, cancellationToken) == 1;

    /// <summary>Loads a meeting inside a unit of work, for a change; NotFound when there is none.</summary>
    public async Task<Meeting> GetAsync(IUnitOfWork unitOfWork, Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(unitOfWork.Connection, unitOfWork.Transaction, id, cancellationToken)
        ?? throw new NotFoundException("meeting", id.ToString());

    public async Task<Meeting> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await LoadAsync(connection, null, id, cancellationToken) ?? throw new NotFoundException("meeting", id.ToString());
    }

    public async Task<IReadOnlyList<Decision>> GetDecisionsAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DecisionRow>(new CommandDefinition(SelectDecisionsSql, new { Id = meetingId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDecision()).ToList();
    }

    public async Task<Decision?> FindDecisionAsync(IUnitOfWork unitOfWork, Guid decisionId, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.Connection.QuerySingleOrDefaultAsync<DecisionRow>(
            new CommandDefinition(SelectDecisionSql, new { Id = decisionId }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return row?.ToDecision();
    }

    public async Task<IReadOnlyList<Guid>> ListIdsAsync(
        MeetingStatus? status, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(ListSql, new
        {
            Status = status is null ? null : Text(status.Value),
            From = from,
            To = to,
            Limit = page.Size,
            page.Offset,
        }, cancellationToken: cancellationToken));
        return ids.ToList();
    }

    public async Task<IReadOnlyList<DateOnly>> GetHeldDatesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<DateOnly>(new CommandDefinition(HeldDatesSql, cancellationToken: cancellationToken))).ToList();
    }

    internal static string Text(MeetingStatus status) => status.ToString().ToLowerInvariant();

    private static string Text(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "in_person",
        MeetingFormat.Virtual => "virtual",
        _ => "hybrid",
    };

    private static MeetingFormat ParseFormat(string value) => value switch
    {
        "in_person" => MeetingFormat.InPerson,
        "virtual" => MeetingFormat.Virtual,
        _ => MeetingFormat.Hybrid,
    };

    private static async Task<Meeting?> LoadAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        var args = new { Id = id };
        var row = await connection.QuerySingleOrDefaultAsync<MeetingRow>(new CommandDefinition(SelectMeetingSql, args, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var agenda = await connection.QueryAsync<AgendaRow>(new CommandDefinition(SelectAgendaSql, args, transaction, cancellationToken: cancellationToken));
        var attendees = await connection.QueryAsync<AttendeeRow>(new CommandDefinition(SelectAttendeesSql, args, transaction, cancellationToken: cancellationToken));
        return new Meeting(
            row.Id, Enum.Parse<MeetingStatus>(row.Status, ignoreCase: true), row.ScheduledOn, row.Location, ParseFormat(row.Format),
            agenda.Select(a => new AgendaItem(a.Title, a.CarriedActionItemId)),
            row.HeldOn,
            attendees.Select(a => new Attendee(a.OfficialId, a.AgencyId, Enum.Parse<Participant>(a.Participant), a.CoChair)),
            row.Minutes);
    }

    private static async Task WriteAgendaAsync(IUnitOfWork unitOfWork, Meeting meeting, CancellationToken cancellationToken)
    {
        await Execute(unitOfWork, DeleteAgendaSql, new { meeting.Id }, cancellationToken);
        for (var position = 0; position < meeting.Agenda.Count; position++)
        {
            var item = meeting.Agenda[position];
            await Execute(unitOfWork, InsertAgendaSql, new
            {
                MeetingId = meeting.Id, Position = position + 1, item.Title,
                item.CarriedActionItemId,
            }, cancellationToken);
        }
    }

    private static Task<int> Execute(IUnitOfWork unitOfWork, string sql, object args, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(new CommandDefinition(sql, args, unitOfWork.Transaction, cancellationToken: cancellationToken));

    // Row classes with settable properties let Dapper map columns by name and convert them
    // through the type handlers, instead of demanding an exact constructor signature.
    private sealed class MeetingRow
    {
        public Guid Id { get; init; }
        public string Status { get; init; } = "";
        public DateOnly ScheduledOn { get; init; }
        public string Location { get; init; } = "";
        public string Format { get; init; } = "";
        public DateOnly? HeldOn { get; init; }
        public string? Minutes { get; init; }
    }

    private sealed class AgendaRow
    {
        public string Title { get; init; } = "";
        public Guid? CarriedActionItemId { get; init; }
    }

    private sealed class AttendeeRow
    {
        public Guid OfficialId { get; init; }
        public Guid AgencyId { get; init; }
        public string Participant { get; init; } = "";
        public bool CoChair { get; init; }
    }

    private sealed class DecisionRow
    {
        public Guid Id { get; init; }
        public Guid MeetingId { get; init; }
        public string Text { get; init; } = "";
        public bool Binding { get; init; }
        public DateTimeOffset RecordedAt { get; init; }
        public string? RecordedBy { get; init; }
        public string? ConfirmedBy { get; init; }
        public DateTimeOffset? ConfirmedAt { get; init; }

        public Decision ToDecision() => new(
            Id, MeetingId, Text, Binding, RecordedAt,
            RecordedBy is null ? null : Enum.Parse<Participant>(RecordedBy), ConfirmedBy is null ? null : Enum.Parse<Participant>(ConfirmedBy), ConfirmedAt);
    }
}
