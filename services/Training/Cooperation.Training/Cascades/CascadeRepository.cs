using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Cascades;

/// <summary>
/// Cascade commitments and their sessions, the completed booking a commitment follows (read from
/// the sign-up's and completion's tables), and the overdue flag, claimed in one
/// <c>UPDATE … RETURNING</c> so that each commitment is flagged by exactly one pass of one replica.
/// </summary>
public sealed class CascadeRepository
{
    private const string Columns = $"""
        c.id AS {nameof(CommitmentRow.Id)}, c.official_id AS {nameof(CommitmentRow.OfficialId)}, c.agency_id AS {nameof(CommitmentRow.AgencyId)},
        c.participant AS {nameof(CommitmentRow.Participant)}, c.exchange_id AS {nameof(CommitmentRow.ExchangeId)},
        c.booking_id AS {nameof(CommitmentRow.BookingId)}, c.due_on AS {nameof(CommitmentRow.DueOn)},
        c.committed_by AS {nameof(CommitmentRow.CommittedBy)}, c.committed_at AS {nameof(CommitmentRow.CommittedAt)},
        c.overdue_at AS {nameof(CommitmentRow.OverdueAt)}
        """;

    private const string SessionColumns = $"""
        s.id AS {nameof(SessionRow.Id)}, s.commitment_id AS {nameof(SessionRow.CommitmentId)}, s.delivered_on AS {nameof(SessionRow.DeliveredOn)},
        s.audience_count AS {nameof(SessionRow.AudienceCount)}, s.agency_id AS {nameof(SessionRow.AgencyId)},
        s.recorded_by AS {nameof(SessionRow.RecordedBy)}, s.recorded_at AS {nameof(SessionRow.RecordedAt)}
        """;

    private const string InsertSql = """
        INSERT INTO cascade_commitments (id, official_id, agency_id, participant, exchange_id, booking_id, due_on, committed_by, committed_at)
        VALUES (@Id, @OfficialId, @AgencyId, @Participant, @ExchangeId, @BookingId, @DueOn, @CommittedBy, @CommittedAt)
        ON CONFLICT DO NOTHING
        """;

    // The booking's official and agency, and whether its event's assessment completed them (null: not assessed).
    private const string TrainedSql = $"""
        SELECT b.official_id AS {nameof(TrainedBooking.OfficialId)}, b.agency_id AS {nameof(TrainedBooking.AgencyId)},
               c.completed AS {nameof(TrainedBooking.Completed)}
        FROM bookings b LEFT JOIN completions c ON c.booking_id = b.id WHERE b.id = @Id
        """;

    private const string GetForUpdateSql = $"""
        SELECT {Columns} FROM cascade_commitments c WHERE c.id = @Id FOR UPDATE;
        SELECT {SessionColumns} FROM cascade_sessions s WHERE s.commitment_id = @Id ORDER BY s.delivered_on, s.id;
        """;

    private const string InsertSessionSql = """
        INSERT INTO cascade_sessions (id, commitment_id, delivered_on, audience_count, agency_id, recorded_by, recorded_at)
        VALUES (@Id, @CommitmentId, @DeliveredOn, @AudienceCount, @AgencyId, @RecordedBy, @RecordedAt)
        """;

    private const string ListSql = $"""
        SELECT {Columns} FROM cascade_commitments c
        WHERE (@AgencyId::uuid IS NULL OR c.agency_id = @AgencyId)
          AND (NOT @OverdueOnly OR (c.overdue_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cascade_sessions s WHERE s.commitment_id = c.id)))
        ORDER BY c.due_on, c.id LIMIT @Limit OFFSET @Offset
        """;

    private const string OfOfficialSql = $"""
        SELECT {Columns} FROM cascade_commitments c WHERE c.official_id = @OfficialId ORDER BY c.due_on, c.id;
        SELECT {SessionColumns} FROM cascade_sessions s JOIN cascade_commitments c ON c.id = s.commitment_id
        WHERE c.official_id = @OfficialId ORDER BY s.delivered_on, s.id;
        """;

    private const string SessionsOfSql = $"""
        SELECT {SessionColumns} FROM cascade_sessions s WHERE s.commitment_id = ANY(@Ids) ORDER BY s.delivered_on, s.id
        """;

    // CascadeDeadline in SQL: due before today and no session. The inner SELECT takes the rows
    // with SKIP LOCKED (a commitment a session is being recorded on waits for the next pass), and
    // the UPDATE's own "overdue_at IS NULL" is re-checked on a row another replica just flagged,
    // so every commitment is returned, announced and audited by one pass only.
    private const string FlagOverdueSql = $"""
        UPDATE cascade_commitments c SET overdue_at = @Now
        WHERE c.id IN (
            SELECT d.id FROM cascade_commitments d
            WHERE d.overdue_at IS NULL AND d.due_on < @Today
              AND NOT EXISTS (SELECT 1 FROM cascade_sessions s WHERE s.commitment_id = d.id)
            ORDER BY d.due_on, d.id LIMIT @Batch FOR UPDATE SKIP LOCKED)
          AND c.overdue_at IS NULL
        RETURNING c.id AS {nameof(OverdueCommitment.Id)}, c.official_id AS {nameof(OverdueCommitment.OfficialId)},
                  c.agency_id AS {nameof(OverdueCommitment.AgencyId)}, c.participant AS {nameof(OverdueCommitment.Participant)},
                  c.due_on AS {nameof(OverdueCommitment.DueOn)}
        """;

    /// <summary>Adds the commitment; false when its booking or exchange already has one.</summary>
    public async Task<bool> TryInsertAsync(IDbSession session, CascadeCommitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return await session.ExecuteAsync(InsertSql, new
        {
            commitment.Id, commitment.OfficialId, commitment.AgencyId, Participant = commitment.Participant.ToString(),
            commitment.ExchangeId, commitment.BookingId, commitment.DueOn, commitment.CommittedBy, commitment.CommittedAt,
        }) == 1;
    }

    /// <summary>The booking's official and agency and whether they completed; NotFound when there is no such booking.</summary>
    public async Task<TrainedBooking> TrainedAsync(IDbSession session, Guid bookingId) =>
        await session.QuerySingleOrDefaultAsync<TrainedBooking>(TrainedSql, new { Id = bookingId })
            ?? throw new NotFoundException("booking", bookingId.ToString());

    /// <summary>The commitment with its sessions, its row locked; NotFound when absent.</summary>
    public async Task<CascadeCommitment> GetForUpdateAsync(IDbSession session, Guid id)
    {
        using var grid = await session.QueryMultipleAsync(GetForUpdateSql, new { Id = id });
        var row = await grid.ReadSingleOrDefaultAsync<CommitmentRow>() ?? throw new NotFoundException("cascade commitment", id.ToString());
        return ToDomain(row, await grid.ReadAsync<SessionRow>());
    }

    public Task InsertSessionAsync(IDbSession session, CascadeSession cascade) => session.ExecuteAsync(InsertSessionSql, cascade);

    /// <summary>A page of commitments, earliest due first: two queries whatever the page size.</summary>
    public async Task<IReadOnlyList<CascadeCommitment>> ListAsync(IDbSession session, Guid? agencyId, bool overdueOnly, PageRequest page)
    {
        var rows = await session.QueryAsync<CommitmentRow>(ListSql, new { AgencyId = agencyId, OverdueOnly = overdueOnly, Limit = page.Size, page.Offset });
        if (rows.Count == 0)
        {
            return [];
        }

        var sessions = (await session.QueryAsync<SessionRow>(SessionsOfSql, new { Ids = rows.Select(r => r.Id).ToArray() })).ToLookup(s => s.CommitmentId);
        return rows.Select(r => ToDomain(r, sessions[r.Id])).ToList();
    }

    /// <summary>The official's commitments with their sessions, in one round trip (for an export of their data).</summary>
    public async Task<IReadOnlyList<CascadeCommitment>> OfOfficialAsync(IDbSession session, Guid officialId)
    {
        using var grid = await session.QueryMultipleAsync(OfOfficialSql, new { OfficialId = officialId });
        var rows = (await grid.ReadAsync<CommitmentRow>()).ToList();
        var sessions = (await grid.ReadAsync<SessionRow>()).ToLookup(s => s.CommitmentId);
        return rows.Select(r => ToDomain(r, sessions[r.Id])).ToList();
    }

    /// <summary>Flags up to <paramref name="batch"/> commitments overdue as of <paramref name="today"/>; returns those this call flagged.</summary>
    public Task<IReadOnlyList<OverdueCommitment>> FlagOverdueAsync(IDbSession session, DateOnly today, DateTimeOffset now, int batch) =>
        session.QueryAsync<OverdueCommitment>(FlagOverdueSql, new { Today = today, Now = now, Batch = batch });

    private static CascadeCommitment ToDomain(CommitmentRow r, IEnumerable<SessionRow> sessions) => new(
        r.Id, r.OfficialId, r.AgencyId, Enum.Parse<Participant>(r.Participant), r.ExchangeId, r.BookingId, r.DueOn, r.CommittedBy,
        r.CommittedAt, r.OverdueAt,
        sessions.Select(s => new CascadeSession(s.Id, s.CommitmentId, s.DeliveredOn, s.AudienceCount, s.AgencyId, s.RecordedBy, s.RecordedAt)).ToList());

    private sealed class CommitmentRow
    {
        public Guid Id { get; init; }
        public Guid OfficialId { get; init; }
        public Guid AgencyId { get; init; }
        public string Participant { get; init; } = "";
        public Guid? ExchangeId { get; init; }
        public Guid? BookingId { get; init; }
        public DateOnly DueOn { get; init; }
        public string CommittedBy { get; init; } = "";
        public DateTimeOffset CommittedAt { get; init; }
        public DateTimeOffset? OverdueAt { get; init; }
    }

    private sealed class SessionRow
    {
        public Guid Id { get; init; }
        public Guid CommitmentId { get; init; }
        public DateOnly DeliveredOn { get; init; }
        public int AudienceCount { get; init; }
        public Guid AgencyId { get; init; }
        public string RecordedBy { get; init; } = "";
        public DateTimeOffset RecordedAt { get; init; }
    }
}

/// <summary>A booking as a cascade commitment sees it: whose, and whether the official completed (null: not assessed yet).</summary>
public sealed class TrainedBooking
{
    public Guid OfficialId { get; init; }
    public Guid AgencyId { get; init; }
    public bool? Completed { get; init; }
}
