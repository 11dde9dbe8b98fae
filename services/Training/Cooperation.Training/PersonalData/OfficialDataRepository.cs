using Cooperation.BuildingBlocks.Data;

namespace Cooperation.Training.PersonalData;

/// <summary>
/// What the programme holds on one official id, across the features' tables (read here in this
/// feature's own SQL), and its erasure: the id replaced by a tombstone id in every table that holds it.
/// </summary>
public sealed class OfficialDataRepository
{
    // The agency the official belongs to here: the one that put them forward for training, else the
    // guest agency of their exchange or their cascade commitment, else (a replacement or a trainer
    // only) the agency that named them.
    private const string AgencyOfSql = """
        SELECT COALESCE(
            (SELECT agency_id FROM trainees WHERE official_id = @Id),
            (SELECT guest_agency_id FROM exchanges WHERE guest_official_id = @Id ORDER BY proposed_at LIMIT 1),
            (SELECT agency_id FROM cascade_commitments WHERE official_id = @Id ORDER BY committed_at LIMIT 1),
            (SELECT guest_agency_id FROM exchanges WHERE replacement_official_id = @Id ORDER BY proposed_at LIMIT 1),
            (SELECT host_agency_id FROM training_events WHERE @Id = ANY(trainer_official_ids) ORDER BY created_at LIMIT 1))
        """;

    private const string ExportSql = $"""
        SELECT agency_id AS {nameof(TraineeRow.AgencyId)}, first_nominated_at AS {nameof(TraineeRow.FirstNominatedAt)},
               participant AS {nameof(TraineeRow.Participant)}
        FROM trainees WHERE official_id = @Id;
        SELECT id AS {nameof(BookingRow.Id)}, event_id AS {nameof(BookingRow.EventId)}, agency_id AS {nameof(BookingRow.AgencyId)},
               status AS {nameof(BookingRow.Status)}, nominated_at AS {nameof(BookingRow.NominatedAt)}, booked_at AS {nameof(BookingRow.BookedAt)},
               withdrawn_at AS {nameof(BookingRow.WithdrawnAt)}, late_withdrawal AS {nameof(BookingRow.LateWithdrawal)}
        FROM bookings WHERE official_id = @Id ORDER BY nominated_at, id;
        SELECT a.booking_id AS {nameof(AttendanceRow.BookingId)}, a.session_id AS {nameof(AttendanceRow.SessionId)},
               a.mark AS {nameof(AttendanceRow.Mark)}, a.marked_at AS {nameof(AttendanceRow.MarkedAt)}
        FROM attendance a JOIN bookings b ON b.id = a.booking_id WHERE b.official_id = @Id ORDER BY a.marked_at, a.session_id;
        SELECT c.booking_id AS {nameof(CompletionRow.BookingId)}, c.event_id AS {nameof(CompletionRow.EventId)},
               c.completed AS {nameof(CompletionRow.Completed)}, c.attended AS {nameof(CompletionRow.Attended)},
               c.assessed_at AS {nameof(CompletionRow.AssessedAt)},
               s.pre_score AS {nameof(CompletionRow.PreScore)}, s.post_score AS {nameof(CompletionRow.PostScore)}
        FROM completions c JOIN bookings b ON b.id = c.booking_id LEFT JOIN assessments s ON s.booking_id = c.booking_id WHERE b.official_id = @Id ORDER BY c.assessed_at, c.booking_id;
        SELECT c.id AS {nameof(CertificateRow.Id)}, c.booking_id AS {nameof(CertificateRow.BookingId)},
               c.activity_id AS {nameof(CertificateRow.ActivityId)}, c.verification_code AS {nameof(CertificateRow.VerificationCode)},
               c.issued_at AS {nameof(CertificateRow.IssuedAt)}, c.expires_at AS {nameof(CertificateRow.ExpiresAt)},
               c.revoked_at AS {nameof(CertificateRow.RevokedAt)}, c.revocation_reason AS {nameof(CertificateRow.RevocationReason)}
        FROM certificates c JOIN bookings b ON b.id = c.booking_id WHERE b.official_id = @Id ORDER BY c.issued_at, c.id;
        SELECT id FROM training_events WHERE @Id = ANY(trainer_official_ids) ORDER BY first_session_at, id;
        """;

    // The trainee row keeps everything but its key (its agency, and whatever else it holds), and the
    // bookings follow it in the same transaction: their foreign key is checked at the commit.
    private const string EraseSql = """
        SET CONSTRAINTS bookings_official_id_fkey DEFERRED;
        UPDATE trainees SET official_id = @Tombstone WHERE official_id = @Id;
        UPDATE bookings SET official_id = @Tombstone WHERE official_id = @Id;
        UPDATE training_events SET trainer_official_ids = array_replace(trainer_official_ids, @Id, @Tombstone) WHERE @Id = ANY(trainer_official_ids);
        UPDATE exchanges SET guest_official_id = @Tombstone WHERE guest_official_id = @Id;
        UPDATE exchanges SET replacement_official_id = @Tombstone WHERE replacement_official_id = @Id;
        UPDATE cascade_commitments SET official_id = @Tombstone WHERE official_id = @Id;
        """;

    /// <summary>The agency the official belongs to here, or null when the programme holds nothing on them.</summary>
    public Task<Guid?> AgencyOfAsync(IDbSession session, Guid officialId) =>
        session.QuerySingleOrDefaultAsync<Guid?>(AgencyOfSql, new { Id = officialId });

    /// <summary>The trainee record, bookings, attendance, completions, certificates and trainer events, in one round trip.</summary>
    public async Task<OfficialTrainingData> ExportAsync(IDbSession session, Guid officialId)
    {
        using var grid = await session.QueryMultipleAsync(ExportSql, new { Id = officialId });
        return new OfficialTrainingData(
            await grid.ReadSingleOrDefaultAsync<TraineeRow>(),
            (await grid.ReadAsync<BookingRow>()).ToList(),
            (await grid.ReadAsync<AttendanceRow>()).ToList(),
            (await grid.ReadAsync<CompletionRow>()).ToList(),
            (await grid.ReadAsync<CertificateRow>()).ToList(),
            (await grid.ReadAsync<Guid>()).ToList());
    }

    /// <summary>Replaces the official id by <paramref name="tombstone"/> everywhere; returns how many records named the official.</summary>
    public Task<int> EraseAsync(IDbSession session, Guid officialId, Guid tombstone) =>
        session.ExecuteAsync(EraseSql, new { Id = officialId, Tombstone = tombstone });
}

/// <summary>The rows of one official's training data, as the export hands them out.</summary>
public sealed record OfficialTrainingData(
    TraineeRow? Trainee, IReadOnlyList<BookingRow> Bookings, IReadOnlyList<AttendanceRow> Attendance,
    IReadOnlyList<CompletionRow> Completions, IReadOnlyList<CertificateRow> Certificates, IReadOnlyList<Guid> TrainerOfEventIds);

public sealed class TraineeRow
{
    public Guid AgencyId { get; init; }
    public DateTimeOffset FirstNominatedAt { get; init; }
    public string? Participant { get; init; }
}

public sealed class BookingRow
{
    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public Guid AgencyId { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset NominatedAt { get; init; }
    public DateTimeOffset? BookedAt { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    public bool LateWithdrawal { get; init; }
}

public sealed class AttendanceRow
{
    public Guid BookingId { get; init; }
    public Guid SessionId { get; init; }
    public string Mark { get; init; } = "";
    public DateTimeOffset MarkedAt { get; init; }
}

public sealed class CompletionRow
{
    public Guid BookingId { get; init; }
    public Guid EventId { get; init; }
    public bool Completed { get; init; }
    public decimal Attended { get; init; }
    public DateTimeOffset AssessedAt { get; init; }
    public decimal? PreScore { get; init; }
    public decimal? PostScore { get; init; }
}

public sealed class CertificateRow
{
    public Guid Id { get; init; }
    public Guid BookingId { get; init; }
    public Guid ActivityId { get; init; }
    public string VerificationCode { get; init; } = "";
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public string? RevocationReason { get; init; }
}
