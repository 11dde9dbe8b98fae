using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Dapper;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Stores meetings with their agenda, attendance and decisions. Writes go through the caller's unit
/// of work; a page of meetings is read in a fixed number of queries (the roots, then every child
/// collection of the whole page at once).
/// </summary>
public sealed class MeetingRepository(TimeProvider clock)
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

    private const string MeetingColumns = $"""
        id AS {nameof(MeetingRow.Id)}, status AS {nameof(MeetingRow.Status)}, scheduled_on AS {nameof(MeetingRow.ScheduledOn)},
        location AS {nameof(MeetingRow.Location)}, format AS {nameof(MeetingRow.Format)}, held_on AS {nameof(MeetingRow.HeldOn)},
        minutes AS {nameof(MeetingRow.Minutes)}
        """;

    private const string DecisionColumns = $"""
        id AS {nameof(DecisionRow.Id)}, meeting_id AS {nameof(DecisionRow.MeetingId)}, text AS {nameof(DecisionRow.Text)},
        binding AS {nameof(DecisionRow.Binding)}, recorded_at AS {nameof(DecisionRow.RecordedAt)}, recorded_by AS {nameof(DecisionRow.RecordedBy)},
        confirmed_by AS {nameof(DecisionRow.ConfirmedBy)}, confirmed_at AS {nameof(DecisionRow.ConfirmedAt)}
        """;

    // The agenda and the attendance of every meeting of a page, in one round trip.
    private const string ChildrenSql = $"""
        SELECT meeting_id AS {nameof(AgendaRow.MeetingId)}, title AS {nameof(AgendaRow.Title)}, carried_action_item_id AS {nameof(AgendaRow.CarriedActionItemId)}
        FROM agenda_items WHERE meeting_id = ANY(@Ids) ORDER BY meeting_id, position;
        SELECT meeting_id AS {nameof(AttendeeRow.MeetingId)}, official_id AS {nameof(AttendeeRow.OfficialId)}, agency_id AS {nameof(AttendeeRow.AgencyId)},
               participant AS {nameof(AttendeeRow.Participant)}, co_chair AS {nameof(AttendeeRow.CoChair)}
        FROM meeting_attendees WHERE meeting_id = ANY(@Ids) ORDER BY meeting_id, participant, official_id;
        """;

    private const string SelectMeetingsSql = $"SELECT {MeetingColumns} FROM meetings WHERE id = ANY(@Ids)";

    private const string SelectDecisionsSql = $"SELECT {DecisionColumns} FROM decisions WHERE meeting_id = ANY(@Ids) ORDER BY recorded_at, id";

    private const string SelectDecisionSql = $"SELECT {DecisionColumns} FROM decisions WHERE id = @Id";

    // The held date when held, else the scheduled date: what "the meeting's date" means in a range.
    private const string ListSql = $"""
        SELECT {MeetingColumns} FROM meetings
        WHERE (@Status IS NULL OR status = @Status)
          AND (CAST(@From AS date) IS NULL OR COALESCE(held_on, scheduled_on) >= @From)
          AND (CAST(@To AS date) IS NULL OR COALESCE(held_on, scheduled_on) <= @To)
        ORDER BY COALESCE(held_on, scheduled_on), id
        LIMIT @Limit OFFSET @Offset
        """;

    // The date of every meeting that is or will be on record: held, or still scheduled.
    private const string EarliestDateSql = """
        SELECT COALESCE(held_on, scheduled_on) FROM meetings WHERE status <> 'cancelled'
        ORDER BY COALESCE(held_on, scheduled_on) LIMIT 1
        """;

    public async Task InsertAsync(IUnitOfWork unitOfWork, Meeting meeting)
    {
        await unitOfWork.ExecuteAsync(InsertSql, new
        {
            meeting.Id, Status = Text(meeting.Status), meeting.ScheduledOn, meeting.Location, Format = Text(meeting.Format),
            meeting.HeldOn, meeting.Minutes, Now = clock.GetUtcNow(),
        });
        await WriteAgendaAsync(unitOfWork, meeting);
    }

    /// <summary>Writes the meeting's state, agenda and attendance as they now stand.</summary>
    public async Task UpdateAsync(IUnitOfWork unitOfWork, Meeting meeting)
    {
        await unitOfWork.ExecuteAsync(UpdateSql, new { meeting.Id, Status = Text(meeting.Status), meeting.HeldOn, meeting.Minutes, Now = clock.GetUtcNow() });
        await WriteAgendaAsync(unitOfWork, meeting);
        await unitOfWork.ExecuteAsync(DeleteAttendeesSql, new { meeting.Id });
        if (meeting.Attendees.Count > 0)
        {
            await unitOfWork.ExecuteAsync(InsertAttendeeSql, meeting.Attendees.Select(a => new
            {
                MeetingId = meeting.Id, a.OfficialId, a.AgencyId, Participant = a.Participant.ToString(), a.CoChair,
            }).ToList());
        }
    }

    public Task InsertDecisionAsync(IUnitOfWork unitOfWork, Decision decision) =>
        unitOfWork.ExecuteAsync(InsertDecisionSql, new
        {
            decision.Id, decision.MeetingId, decision.Text, decision.Binding, decision.RecordedAt,
            RecordedBy = decision.RecordedBy?.ToString(), ConfirmedBy = decision.ConfirmedBy?.ToString(), decision.ConfirmedAt,
        });

    /// <summary>Stores the confirmation of a pending decision; false when it was confirmed meanwhile.</summary>
    public async Task<bool> ConfirmDecisionAsync(IUnitOfWork unitOfWork, Decision decision) =>
        await unitOfWork.ExecuteAsync(ConfirmDecisionSql, new { decision.Id, ConfirmedBy = decision.ConfirmedBy?.ToString(), decision.ConfirmedAt }) == 1;

    /// <summary>One meeting with its agenda and attendance; NotFound when there is none.</summary>
    public async Task<Meeting> GetAsync(IDbSession session, Guid id)
    {
        var rows = await session.QueryAsync<MeetingRow>(SelectMeetingsSql, new { Ids = new[] { id } });
        return (await AssembleAsync(session, rows)).SingleOrDefault() ?? throw new NotFoundException("meeting", id.ToString());
    }

    /// <summary>One page of meetings in date order, each with its agenda and attendance: two queries whatever the page size.</summary>
    public async Task<IReadOnlyList<Meeting>> ListAsync(IDbSession session, MeetingStatus? status, DateOnly? from, DateOnly? to, PageRequest page)
    {
        var rows = await session.QueryAsync<MeetingRow>(ListSql, new
        {
            Status = status is null ? null : Text(status.Value),
            From = from,
            To = to,
            Limit = page.Size,
            page.Offset,
        });
        return await AssembleAsync(session, rows);
    }

    /// <summary>The decisions of <paramref name="meetingIds"/>, in one query, oldest first.</summary>
    public async Task<ILookup<Guid, Decision>> GetDecisionsAsync(IDbSession session, IReadOnlyCollection<Guid> meetingIds) =>
        (await session.QueryAsync<DecisionRow>(SelectDecisionsSql, new { Ids = meetingIds.ToArray() }))
            .Select(r => r.ToDecision()).ToLookup(d => d.MeetingId);

    public async Task<Decision?> FindDecisionAsync(IDbSession session, Guid decisionId) =>
        (await session.QuerySingleOrDefaultAsync<DecisionRow>(SelectDecisionSql, new { Id = decisionId }))?.ToDecision();

    /// <summary>The earliest date of a held or scheduled meeting; null when there is none.</summary>
    public async Task<DateOnly?> EarliestMeetingDateAsync(IDbSession session) =>
        (await session.QueryAsync<DateOnly>(EarliestDateSql)).Cast<DateOnly?>().FirstOrDefault();

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

    /// <summary>Reads the agenda and attendance of every meeting in <paramref name="rows"/> at once and builds the meetings, in the rows' order.</summary>
    private static async Task<IReadOnlyList<Meeting>> AssembleAsync(IDbSession session, IReadOnlyList<MeetingRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        using var children = await session.QueryMultipleAsync(ChildrenSql, new { Ids = rows.Select(r => r.Id).ToArray() });
        var agenda = (await children.ReadAsync<AgendaRow>()).ToLookup(a => a.MeetingId);
        var attendees = (await children.ReadAsync<AttendeeRow>()).ToLookup(a => a.MeetingId);
        return rows.Select(row => new Meeting(
            row.Id, Enum.Parse<MeetingStatus>(row.Status, ignoreCase: true), row.ScheduledOn, row.Location, ParseFormat(row.Format),
            agenda[row.Id].Select(a => new AgendaItem(a.Title, a.CarriedActionItemId)),
            row.HeldOn,
            attendees[row.Id].Select(a => new Attendee(a.OfficialId, a.AgencyId, Enum.Parse<Participant>(a.Participant), a.CoChair)),
            row.Minutes)).ToList();
    }

    private static async Task WriteAgendaAsync(IUnitOfWork unitOfWork, Meeting meeting)
    {
        await unitOfWork.ExecuteAsync(DeleteAgendaSql, new { meeting.Id });
        if (meeting.Agenda.Count > 0)
        {
            await unitOfWork.ExecuteAsync(InsertAgendaSql, meeting.Agenda.Select((item, i) => new
            {
                MeetingId = meeting.Id, Position = i + 1, item.Title, item.CarriedActionItemId,
            }).ToList());
        }
    }

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
        public Guid MeetingId { get; init; }
        public string Title { get; init; } = "";
        public Guid? CarriedActionItemId { get; init; }
    }

    private sealed class AttendeeRow
    {
        public Guid MeetingId { get; init; }
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
