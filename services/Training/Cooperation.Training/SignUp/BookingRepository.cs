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
        b.withdrawn_at AS {nameof(BookingRow.WithdrawnAt)}, b.late_withdrawal AS {nameof(BookingRow.LateWithdrawal)}
        """;

    private const string DecisionColumns = $"""
        d.booking_id AS {nameof(DecisionRow.BookingId)}, d.stage AS {nameof(DecisionRow.Stage)}, d.approved AS {nameof(DecisionRow.Approved)},
        d.decided_by AS {nameof(DecisionRow.DecidedBy)}, d.decided_at AS {nameof(DecisionRow.DecidedAt)}, d.reason AS {nameof(DecisionRow.Reason)}
        """;

    private const string LockEventSql = "SELECT next_wait_list_position FROM training_events WHERE id = @Id FOR UPDATE";

    private const string LiveSql = $"""
        SELECT {Columns} FROM bookings b WHERE b.event_id = @Id AND b.status IN ('awaiting_approval', 'booked', 'wait_listed');
        SELECT {DecisionColumns} FROM booking_decisions d JOIN bookings b ON b.id = d.booking_id
        WHERE b.event_id = @Id AND b.status IN ('awaiting_approval', 'booked', 'wait_listed') ORDER BY d.stage;
        """;

    private const string AllSql = $"""
        SELECT {Columns} FROM bookings b WHERE b.event_id = @Id;
        SELECT {DecisionColumns} FROM booking_decisions d JOIN bookings b ON b.id = d.booking_id WHERE b.event_id = @Id ORDER BY d.stage;
        """;

    private const string HostAgencySql = "SELECT host_agency_id FROM training_events WHERE id = @Id";

    private const string EventOfBookingSql = "SELECT event_id FROM bookings WHERE id = @Id";

    private const string UpsertSql = """
        INSERT INTO bookings (id, event_id, official_id, agency_id, status, wait_list_position, nominated_by, nominated_at,
                              booked_at, withdrawn_at, late_withdrawal)
        VALUES (@Id, @EventId, @OfficialId, @AgencyId, @Status, @WaitListPosition, @NominatedBy, @NominatedAt,
                @BookedAt, @WithdrawnAt, @LateWithdrawal)
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
    // events) are checked one after the other.
    private const string ClaimTraineeSql = """
        INSERT INTO trainees (official_id, agency_id, first_nominated_at) VALUES (@OfficialId, @AgencyId, @Now)
        ON CONFLICT (official_id) DO NOTHING;
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
        var nextPosition = await session.QuerySingleOrDefaultAsync<long?>(LockEventSql, new { Id = eventId })
            ?? throw new NotFoundException("event", eventId.ToString());
        var trainingEvent = await events.GetAsync(session, eventId);
        return new EventBookings(trainingEvent, nextPosition, await ReadAsync(session, LiveSql, eventId));
    }

    /// <summary>The sign-up of the event a booking belongs to, locked; NotFound when there is no such booking.</summary>
    public async Task<EventBookings> LoadForBookingAsync(IDbSession session, Guid bookingId)
    {
        var eventId = await session.QuerySingleOrDefaultAsync<Guid?>(EventOfBookingSql, new { Id = bookingId })
            ?? throw new NotFoundException("booking", bookingId.ToString());
        return await LoadForUpdateAsync(session, eventId);
    }

    /// <summary>The agency hosting the event; NotFound when there is no such event.</summary>
    public async Task<Guid> HostAgencyOfAsync(IDbSession session, Guid eventId) =>
        await session.QuerySingleOrDefaultAsync<Guid?>(HostAgencySql, new { Id = eventId })
            ?? throw new NotFoundException("event", eventId.ToString());

    /// <summary>Every booking of an event, live or not, with their decisions: two queries in one round trip.</summary>
    public async Task<IReadOnlyList<Booking>> ListAsync(IDbSession session, Guid eventId) => await ReadAsync(session, AllSql, eventId);

    /// <summary>The agency the official was first nominated by (now claimed by <paramref name="agencyId"/> if new), the official's row locked.</summary>
    public async Task<Guid> ClaimTraineeAsync(IDbSession session, Guid officialId, Guid agencyId, DateTimeOffset now)
    {
        using var grid = await session.QueryMultipleAsync(ClaimTraineeSql, new { OfficialId = officialId, AgencyId = agencyId, Now = now });
        return await grid.ReadSingleAsync<Guid>();
    }

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
                booking.LateWithdrawal,
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
        return rows.Select(r => new Booking(
            r.Id, r.EventId, r.OfficialId, r.AgencyId, StoredEnums.FromStored<BookingStatus>(r.Status), r.NominatedBy, r.NominatedAt,
            r.WaitListPosition, r.BookedAt, r.WithdrawnAt, r.LateWithdrawal,
            decisions[r.Id].Select(d => new ApprovalDecision(d.Stage, d.Approved, d.DecidedBy, d.DecidedAt, d.Reason)).ToList())).ToList();
    }

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
