using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Events;

namespace Cooperation.Training.SignUp;

/// <summary>
/// Loads and saves an event's sign-up. <see cref="LoadForUpdateAsync"/> holds the event row
/// (<c>FOR UPDATE</c>) until the unit of work ends, so concurrent nominations, decisions,
/// withdrawals and capacity changes of one event apply one after the other.
/// </summary>
public sealed class BookingRepository(EventRepository events)
{
    private const string Columns = $"""
        b.id AS {nameof(BookingRow.Id)}, b.event_id AS {nameof(BookingRow.EventId)}, b.official_id AS {nameof(BookingRow.OfficialId)},
        b.agency_id AS {nameof(BookingRow.AgencyId)}, b.status AS {nameof(BookingRow.Status)},
        b.wait_list_position AS {nameof(BookingRow.WaitListPosition)}, b.nominated_by AS {nameof(BookingRow.NominatedBy)},
        b.nominated_at AS {nameof(BookingRow.NominatedAt)}, b.booked_at AS {nameof(BookingRow.BookedAt)},
        b.withdrawn_at AS {nameof(BookingRow.WithdrawnAt)}, b.late_withdrawal AS {nameof(BookingRow.LateWithdrawal)},
        b.new_to_programme AS {nameof(BookingRow.NewToProgramme)}
        """;

    private const string DecisionColumns = $"""
        d.booking_id AS {nameof(DecisionRow.BookingId)}, d.stage AS {nameof(DecisionRow.Stage)}, d.approved AS {nameof(DecisionRow.Approved)},
        d.decided_by AS {nameof(DecisionRow.DecidedBy)}, d.decided_at AS {nameof(DecisionRow.DecidedAt)}, d.reason AS {nameof(DecisionRow.Reason)}
        """;

    // The activity's newcomer preference orders the wait-list; only the event row is locked.
    private const string LockEventSql = $"""
        SELECT e.next_wait_list_position AS {nameof(LockRow.NextPosition)}, a.new_to_programme_preferred AS {nameof(LockRow.NewcomersFirst)}
        FROM training_events e JOIN activities a ON a.id = e.activity_id WHERE e.id = @Id FOR UPDATE OF e
        """;

    private const string LiveSql = $"""
        SELECT {Columns} FROM bookings b WHERE b.event_id = @Id AND b.status IN ('awaiting_approval', 'booked', 'wait_listed');
        SELECT {DecisionColumns} FROM booking_decisions d JOIN bookings b ON b.id = d.booking_id
        WHERE b.event_id = @Id AND b.status IN ('awaiting_approval', 'booked', 'wait_listed') ORDER BY d.stage;
        """;

    // The list order, in SQL so a page is one query: booked by time booked,
    // then the wait-list in promotion order (newcomers first where the activity prefers them), then the rest.
    private const string PageSql = $"""
        SELECT {Columns} FROM bookings b
        WHERE b.event_id = @Id AND (@AgencyId::uuid IS NULL OR b.agency_id = @AgencyId)
        ORDER BY CASE b.status WHEN 'booked' THEN 0 WHEN 'wait_listed' THEN 1 WHEN 'awaiting_approval' THEN 2 ELSE 3 END,
                 CASE WHEN b.status = 'booked' THEN b.booked_at END,
                 CASE WHEN b.status = 'wait_listed' AND @NewcomersFirst AND NOT b.new_to_programme THEN 1 ELSE 0 END,
                 CASE WHEN b.status = 'wait_listed' THEN b.wait_list_position END,
                 b.nominated_at, b.id
        LIMIT @Limit OFFSET @Offset
        """;

    private const string DecisionsOfSql = $"SELECT {DecisionColumns} FROM booking_decisions d WHERE d.booking_id = ANY(@Ids) ORDER BY d.stage";

    private const string HostAgencySql = $"""
        SELECT e.host_agency_id AS {nameof(ListedEvent.HostAgencyId)}, a.new_to_programme_preferred AS {nameof(ListedEvent.NewcomersFirst)}
        FROM training_events e JOIN activities a ON a.id = e.activity_id WHERE e.id = @Id
        """;

    private const string CompletedBeforeSql = """
        SELECT EXISTS (SELECT 1 FROM completions c JOIN bookings b ON b.id = c.booking_id WHERE b.official_id = @OfficialId AND c.completed)
        """;

    private const string EventOfBookingSql = "SELECT event_id FROM bookings WHERE id = @Id";

    private const string UpsertSql = """
        INSERT INTO bookings (id, event_id, official_id, agency_id, status, wait_list_position, nominated_by, nominated_at,
                              booked_at, withdrawn_at, late_withdrawal, new_to_programme)
        VALUES (@Id, @EventId, @OfficialId, @AgencyId, @Status, @WaitListPosition, @NominatedBy, @NominatedAt,
                @BookedAt, @WithdrawnAt, @LateWithdrawal, @NewToProgramme)
        ON CONFLICT (id) DO UPDATE SET status = excluded.status, wait_list_position = excluded.wait_list_position,
            booked_at = excluded.booked_at, withdrawn_at = excluded.withdrawn_at, late_withdrawal = excluded.late_withdrawal
        """;

    private const string InsertDecisionSql = """
        INSERT INTO booking_decisions (booking_id, stage, approved, decided_by, decided_at, reason)
        VALUES (@BookingId, @Stage, @Approved, @DecidedBy, @DecidedAt, @Reason)
        ON CONFLICT (booking_id, stage) DO NOTHING
        """;

    private const string UpdateEventSql = """
        UPDATE training_events SET capacity = @Capacity, next_wait_list_position = @NextPosition WHERE id = @Id
        """;

    // The trainee row is the official's lock: two nominations of one official (for overlapping
    // events) are checked one after the other. An official first nominated before the participant
    // was kept gets it from their own agency's next nomination.
    private const string ClaimTraineeSql = """
        INSERT INTO trainees (official_id, agency_id, first_nominated_at, participant) VALUES (@OfficialId, @AgencyId, @Now, @Participant)
        ON CONFLICT (official_id) DO UPDATE SET participant = excluded.participant
            WHERE trainees.participant IS NULL AND trainees.agency_id = excluded.agency_id;
        SELECT agency_id FROM trainees WHERE official_id = @OfficialId FOR UPDATE;
        """;

    private const string HeldSessionsSql = $"""
        SELECT s.id AS {nameof(HeldRow.Id)}, s.starts_at AS {nameof(HeldRow.StartsAt)}, s.ends_at AS {nameof(HeldRow.EndsAt)}
        FROM bookings b JOIN training_sessions s ON s.event_id = b.event_id
        WHERE b.official_id = @OfficialId AND b.event_id <> @EventId AND b.status IN ('awaiting_approval', 'booked', 'wait_listed')
        """;

    /// <summary>The event's sign-up with its row locked; NotFound when there is no such event.</summary>
    public async Task<EventBookings> LoadForUpdateAsync(IDbSession session, Guid eventId)
    {
        var locked = await session.QuerySingleOrDefaultAsync<LockRow>(LockEventSql, new { Id = eventId })
            ?? throw new NotFoundException("event", eventId.ToString());
        var trainingEvent = await events.GetAsync(session, eventId);
        return new EventBookings(trainingEvent, locked.NextPosition, await ReadAsync(session, LiveSql, eventId), locked.NewcomersFirst);
    }

    /// <summary>The sign-up of the event a booking belongs to, locked; NotFound when there is no such booking.</summary>
    public async Task<EventBookings> LoadForBookingAsync(IDbSession session, Guid bookingId)
    {
        var eventId = await session.QuerySingleOrDefaultAsync<Guid?>(EventOfBookingSql, new { Id = bookingId })
            ?? throw new NotFoundException("booking", bookingId.ToString());
        return await LoadForUpdateAsync(session, eventId);
    }

    /// <summary>The agency hosting the event and its activity's wait-list preference; NotFound when there is no such event.</summary>
    public async Task<ListedEvent> ListedEventAsync(IDbSession session, Guid eventId) =>
        await session.QuerySingleOrDefaultAsync<ListedEvent>(HostAgencySql, new { Id = eventId })
            ?? throw new NotFoundException("event", eventId.ToString());

    /// <summary>
    /// A page of an event's bookings, live or not, in list order, with their decisions: two queries
    /// whatever the page size. <paramref name="onlyAgencyId"/> keeps one nominating agency's.
    /// </summary>
    public async Task<IReadOnlyList<Booking>> ListAsync(IDbSession session, ListedEvent listed, Guid eventId, Guid? onlyAgencyId, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var rows = await session.QueryAsync<BookingRow>(PageSql, new
        {
            Id = eventId, AgencyId = onlyAgencyId, listed.NewcomersFirst, Limit = page.Size, page.Offset,
        });
        if (rows.Count == 0)
        {
            return [];
        }

        var decisions = (await session.QueryAsync<DecisionRow>(DecisionsOfSql, new { Ids = rows.Select(r => r.Id).ToArray() })).ToLookup(d => d.BookingId);
        return rows.Select(r => ToDomain(r, decisions)).ToList();
    }

    /// <summary>The agency the official was first nominated by (now claimed by <paramref name="agencyId"/> if new), the official's row locked.</summary>
    public async Task<Guid> ClaimTraineeAsync(IDbSession session, Guid officialId, Guid agencyId, Participant participant, DateTimeOffset now)
    {
        using var grid = await session.QueryMultipleAsync(ClaimTraineeSql, new
        {
            OfficialId = officialId, AgencyId = agencyId, Participant = participant.ToString(), Now = now,
        });
        return await grid.ReadSingleAsync<Guid>();
    }

    /// <summary>True when the official completed training of the programme before (they are no longer new to it).</summary>
    public async Task<bool> CompletedTrainingBeforeAsync(IDbSession session, Guid officialId) =>
        await session.ExecuteScalarAsync<bool>(CompletedBeforeSql, new { OfficialId = officialId });

    /// <summary>The sessions of the other events the official holds a live booking on.</summary>
    public async Task<IReadOnlyList<TrainingSession>> HeldSessionsAsync(IDbSession session, Guid officialId, Guid eventId) =>
        (await session.QueryAsync<HeldRow>(HeldSessionsSql, new { OfficialId = officialId, EventId = eventId }))
            .Select(r => new TrainingSession(r.Id, r.StartsAt, r.EndsAt)).ToList();

    public async Task SaveAsync(IDbSession session, EventBookings signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        // Bookings in the order they changed would do; by nomination keeps the inserts readable in a trace.
        foreach (var booking in signUp.Changed.OrderBy(b => b.NominatedAt))
        {
            await session.ExecuteAsync(UpsertSql, new
            {
                booking.Id, booking.EventId, booking.OfficialId, booking.AgencyId, Status = StoredEnums.ToStored(booking.Status),
                booking.WaitListPosition, booking.NominatedBy, booking.NominatedAt, booking.BookedAt, booking.WithdrawnAt,
                booking.LateWithdrawal, booking.NewToProgramme,
            });
            foreach (var decision in booking.Decisions)
            {
                await session.ExecuteAsync(InsertDecisionSql, new
                {
                    BookingId = booking.Id, decision.Stage, decision.Approved, decision.DecidedBy, decision.DecidedAt, decision.Reason,
                });
            }
        }

        await session.ExecuteAsync(UpdateEventSql, new { signUp.Event.Id, signUp.Seats.Capacity, NextPosition = signUp.WaitList.NextPosition });
    }

    private static async Task<IReadOnlyList<Booking>> ReadAsync(IDbSession session, string sql, Guid eventId)
    {
        using var grid = await session.QueryMultipleAsync(sql, new { Id = eventId });
        var rows = (await grid.ReadAsync<BookingRow>()).ToList();
        var decisions = (await grid.ReadAsync<DecisionRow>()).ToLookup(d => d.BookingId);
        return rows.Select(r => ToDomain(r, decisions)).ToList();
    }

    private static Booking ToDomain(BookingRow r, ILookup<Guid, DecisionRow> decisions) => new(
        r.Id, r.EventId, r.OfficialId, r.AgencyId, StoredEnums.FromStored<BookingStatus>(r.Status), r.NominatedBy, r.NominatedAt,
        r.WaitListPosition, r.BookedAt, r.WithdrawnAt, r.LateWithdrawal,
        decisions[r.Id].Select(d => new ApprovalDecision(d.Stage, d.Approved, d.DecidedBy, d.DecidedAt, d.Reason)).ToList(),
        r.NewToProgramme);

    private sealed class BookingRow
    {
        public Guid Id { get; init; }
        public Guid EventId { get; init; }
        public Guid OfficialId { get; init; }
        public Guid AgencyId { get; init; }
        public string Status { get; init; } = "";
        public long? WaitListPosition { get; init; }
        public string NominatedBy { get; init; } = "";
        public DateTimeOffset NominatedAt { get; init; }
        public DateTimeOffset? BookedAt { get; init; }
        public DateTimeOffset? WithdrawnAt { get; init; }
        public bool LateWithdrawal { get; init; }
        public bool NewToProgramme { get; init; }
    }

    private sealed class LockRow
    {
        public long NextPosition { get; init; }
        public bool NewcomersFirst { get; init; }
    }

    private sealed class DecisionRow
    {
        public Guid BookingId { get; init; }
        public int Stage { get; init; }
        public bool Approved { get; init; }
        public string DecidedBy { get; init; } = "";
        public DateTimeOffset DecidedAt { get; init; }
        public string Reason { get; init; } = "";
    }

    private sealed class HeldRow
    {
        public Guid Id { get; init; }
        public DateTimeOffset StartsAt { get; init; }
        public DateTimeOffset EndsAt { get; init; }
    }
}

/// <summary>What a list of an event's bookings needs of the event: who hosts it, and how its wait-list is ordered.</summary>
public sealed class ListedEvent
{
    public Guid HostAgencyId { get; init; }

    /// <summary>The activity prefers officials new to the programme on the wait-list.</summary>
    public bool NewcomersFirst { get; init; }
}
