using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.SignUp;

namespace Cooperation.Training.Events;

/// <summary>Stores events and their sessions; a page of events reads its sessions in one more query.</summary>
public sealed class EventRepository
{
    private const string Columns = $"""
        id AS {nameof(EventRow.Id)}, activity_id AS {nameof(EventRow.ActivityId)}, host_participant AS {nameof(EventRow.HostParticipant)},
        host_agency_id AS {nameof(EventRow.HostAgencyId)}, venue AS {nameof(EventRow.Venue)}, online AS {nameof(EventRow.Online)},
        venue_time_zone AS {nameof(EventRow.VenueTimeZone)}, language AS {nameof(EventRow.Language)}, capacity AS {nameof(EventRow.Capacity)},
        minimum_bookings AS {nameof(EventRow.MinimumBookings)}, sign_up_opens_at AS {nameof(EventRow.SignUpOpensAt)},
        sign_up_closes_at AS {nameof(EventRow.SignUpClosesAt)}, cancellation_cutoff AS {nameof(EventRow.CancellationCutoff)},
        trainer_official_ids AS {nameof(EventRow.TrainerOfficialIds)}, approval AS {nameof(EventRow.Approval)}, programme_item_id AS {nameof(EventRow.ProgrammeItemId)}, created_at AS {nameof(EventRow.CreatedAt)},
        agency_quota AS {nameof(EventRow.AgencyQuota)}
        """;

    private const string SessionColumns = $"""
        id AS {nameof(SessionRow.Id)}, event_id AS {nameof(SessionRow.EventId)},
        starts_at AS {nameof(SessionRow.StartsAt)}, ends_at AS {nameof(SessionRow.EndsAt)}
        """;

    private const string InsertSql = """
        INSERT INTO training_events (id, activity_id, host_participant, host_agency_id, venue, online, venue_time_zone, language,
                                     capacity, minimum_bookings, sign_up_opens_at, sign_up_closes_at, cancellation_cutoff,
                                     trainer_official_ids, approval, programme_item_id, first_session_at, created_at, agency_quota)
        VALUES (@Id, @ActivityId, @HostParticipant, @HostAgencyId, @Venue, @Online, @VenueTimeZone, @Language,
                @Capacity, @MinimumBookings, @SignUpOpensAt, @SignUpClosesAt, @CancellationCutoff,
                @TrainerOfficialIds, @Approval, @ProgrammeItemId, @FirstSessionAt, @CreatedAt, @AgencyQuota)
        """;

    private const string InsertSessionSql = """
        INSERT INTO training_sessions (id, event_id, position, starts_at, ends_at) VALUES (@Id, @EventId, @Position, @StartsAt, @EndsAt)
        """;

    private const string SelectSql = $"""
        SELECT {Columns} FROM training_events WHERE id = @Id;
        SELECT {SessionColumns} FROM training_sessions WHERE event_id = @Id ORDER BY position;
        """;

    private const string ListSql = $"""
        SELECT {Columns} FROM training_events
        WHERE (@ActivityId::uuid IS NULL OR activity_id = @ActivityId)
        ORDER BY first_session_at, id
        LIMIT @Limit OFFSET @Offset
        """;

    // Held once: the first attendance recorded for the session holds it.
    private const string MarkHeldSql = "UPDATE training_sessions SET held_at = @Now WHERE id = @Id AND held_at IS NULL";

    private const string SessionsOfSql = $"SELECT {SessionColumns} FROM training_sessions WHERE event_id = ANY(@Ids) ORDER BY event_id, position";

    public async Task InsertAsync(IDbSession session, TrainingEvent trainingEvent)
    {
        await session.ExecuteAsync(InsertSql, new
        {
            trainingEvent.Id, trainingEvent.ActivityId, HostParticipant = trainingEvent.HostParticipant.ToString(),
            trainingEvent.HostAgencyId, trainingEvent.Venue, trainingEvent.Online, trainingEvent.VenueTimeZone,
            trainingEvent.Language, trainingEvent.Capacity, trainingEvent.MinimumBookings,
            SignUpOpensAt = trainingEvent.SignUp.OpensAt, SignUpClosesAt = trainingEvent.SignUp.ClosesAt,
            trainingEvent.SignUp.CancellationCutoff, TrainerOfficialIds = trainingEvent.TrainerOfficialIds.ToArray(),
            Approval = StoredEnums.ToStored(trainingEvent.Approval),
            trainingEvent.ProgrammeItemId, trainingEvent.FirstSessionAt, trainingEvent.CreatedAt, trainingEvent.AgencyQuota,
        });
        for (var i = 0; i < trainingEvent.Sessions.Count; i++)
        {
            var s = trainingEvent.Sessions[i];
            await session.ExecuteAsync(InsertSessionSql, new { s.Id, EventId = trainingEvent.Id, Position = i + 1, s.StartsAt, s.EndsAt });
        }
    }

    /// <summary>Records that the session was held; false when it already was.</summary>
    public async Task<bool> MarkHeldAsync(IDbSession session, Guid sessionId, DateTimeOffset now) =>
        await session.ExecuteAsync(MarkHeldSql, new { Id = sessionId, Now = now }) == 1;

    /// <summary>The event and its sessions in one round trip; NotFound when absent.</summary>
    public async Task<TrainingEvent> GetAsync(IDbSession session, Guid id)
    {
        using var grid = await session.QueryMultipleAsync(SelectSql, new { Id = id });
        var row = await grid.ReadSingleOrDefaultAsync<EventRow>() ?? throw new NotFoundException("event", id.ToString());
        var sessions = await grid.ReadAsync<SessionRow>();
        return ToDomain(row, sessions);
    }

    public async Task<IReadOnlyList<TrainingEvent>> ListAsync(IDbSession session, Guid? activityId, PageRequest page)
    {
        var rows = await session.QueryAsync<EventRow>(ListSql, new { ActivityId = activityId, Limit = page.Size, page.Offset });
        if (rows.Count == 0)
        {
            return [];
        }

        var sessions = (await session.QueryAsync<SessionRow>(SessionsOfSql, new { Ids = rows.Select(r => r.Id).ToArray() }))
            .ToLookup(s => s.EventId);
        return rows.Select(r => ToDomain(r, sessions[r.Id])).ToList();
    }

    private static TrainingEvent ToDomain(EventRow row, IEnumerable<SessionRow> sessions) => new(
        row.Id, row.ActivityId, Enum.Parse<Participant>(row.HostParticipant), row.HostAgencyId, row.Venue, row.Online,
        row.VenueTimeZone, row.Language, row.Capacity, row.MinimumBookings,
        new SignUpWindow(row.SignUpOpensAt, row.SignUpClosesAt, row.CancellationCutoff), row.TrainerOfficialIds,
        sessions.Select(s => new TrainingSession(s.Id, s.StartsAt, s.EndsAt)).ToList(),
        StoredEnums.FromStored<ApprovalMode>(row.Approval), row.CreatedAt, row.ProgrammeItemId, row.AgencyQuota);

    private sealed class EventRow
    {
        public Guid Id { get; init; }
        public Guid ActivityId { get; init; }
        public string HostParticipant { get; init; } = "";
        public Guid HostAgencyId { get; init; }
        public string? Venue { get; init; }
        public bool Online { get; init; }
        public string VenueTimeZone { get; init; } = "";
        public string Language { get; init; } = "";
        public int Capacity { get; init; }
        public int MinimumBookings { get; init; }
        public DateTimeOffset SignUpOpensAt { get; init; }
        public DateTimeOffset SignUpClosesAt { get; init; }
        public DateTimeOffset CancellationCutoff { get; init; }
        public Guid[] TrainerOfficialIds { get; init; } = [];
        public string Approval { get; init; } = "";
        public Guid? ProgrammeItemId { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public int AgencyQuota { get; init; }
    }

    private sealed class SessionRow
    {
        public Guid Id { get; init; }
        public Guid EventId { get; init; }
        public DateTimeOffset StartsAt { get; init; }
        public DateTimeOffset EndsAt { get; init; }
    }
}
