using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Completion;

/// <summary>Stores attendance marks, completions and certificates, and finds a certificate by its code.</summary>
public sealed class CompletionRepository
{
    private const string UpsertMarkSql = """
        INSERT INTO attendance (booking_id, session_id, mark, marked_by, marked_at) VALUES (@BookingId, @SessionId, @Mark, @MarkedBy, @MarkedAt)
        ON CONFLICT (booking_id, session_id) DO UPDATE SET mark = excluded.mark, marked_by = excluded.marked_by, marked_at = excluded.marked_at
        """;

    private const string MarksSql = $"""
        SELECT a.booking_id AS {nameof(MarkRow.BookingId)}, a.mark AS {nameof(MarkRow.Mark)}
        FROM attendance a JOIN bookings b ON b.id = a.booking_id WHERE b.event_id = @EventId
        """;

    private const string AssessedSql = "SELECT completed_at IS NOT NULL FROM training_events WHERE id = @EventId";

    private const string MarkAssessedSql = "UPDATE training_events SET completed_at = @Now WHERE id = @EventId";

    private const string UpsertAssessmentSql = $"""
        INSERT INTO assessments (booking_id, pre_score, post_score, recorded_by, recorded_at) VALUES (@BookingId, @Pre, @Post, @RecordedBy, @RecordedAt)
        ON CONFLICT (booking_id) DO UPDATE SET pre_score = COALESCE(excluded.pre_score, assessments.pre_score),
            post_score = COALESCE(excluded.post_score, assessments.post_score), recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
        RETURNING pre_score AS {nameof(ScoreRow.Pre)}, post_score AS {nameof(ScoreRow.Post)}
        """;

    // What each booking's TrainingCompleted carries beside its result: the official's participant and the scores.
    private const string OutcomeDetailsSql = $"""
        SELECT b.id AS {nameof(DetailRow.BookingId)}, t.participant AS {nameof(DetailRow.Participant)},
               s.pre_score AS {nameof(DetailRow.Pre)}, s.post_score AS {nameof(DetailRow.Post)}
        FROM bookings b JOIN trainees t ON t.official_id = b.official_id LEFT JOIN assessments s ON s.booking_id = b.id
        WHERE b.event_id = @EventId
        """;

    private const string CertificateColumns = $"""
        id AS {nameof(CertificateRow.Id)}, activity_id AS {nameof(CertificateRow.ActivityId)}, issuing_agency_id AS {nameof(CertificateRow.IssuingAgencyId)},
        issued_at AS {nameof(CertificateRow.IssuedAt)}, expires_at AS {nameof(CertificateRow.ExpiresAt)}, revoked_at AS {nameof(CertificateRow.RevokedAt)},
        revoked_by AS {nameof(CertificateRow.RevokedBy)}, revocation_reason AS {nameof(CertificateRow.RevocationReason)}
        """;

    private const string CertificateForUpdateSql = $"SELECT {CertificateColumns} FROM certificates WHERE id = @Id FOR UPDATE";

    private const string RevokeSql = """
        UPDATE certificates SET revoked_at = @RevokedAt, revoked_by = @RevokedBy, revocation_reason = @RevocationReason WHERE id = @Id
        """;

    private const string InsertCompletionSql = """
        INSERT INTO completions (booking_id, event_id, completed, attended, assessed_at) VALUES (@BookingId, @EventId, @Completed, @Attended, @AssessedAt)
        """;

    private const string InsertCertificateSql = """
        INSERT INTO certificates (id, booking_id, activity_id, issuing_agency_id, verification_code, issued_at, expires_at)
        VALUES (@Id, @BookingId, @ActivityId, @IssuingAgencyId, @VerificationCode, @IssuedAt, @ExpiresAt)
        """;

    // Only what the certificate states: the activity, the issuer, the day, its expiry and revocation; no person, no reason.
    private const string VerifySql = $"""
        SELECT a.code AS {nameof(VerifiedCertificate.ActivityCode)}, a.title_en AS {nameof(VerifiedCertificate.TitleEn)},
               a.title_bg AS {nameof(VerifiedCertificate.TitleBg)}, c.issuing_agency_id AS {nameof(VerifiedCertificate.IssuingAgencyId)},
               c.issued_at AS {nameof(VerifiedCertificate.IssuedAt)}, c.expires_at AS {nameof(VerifiedCertificate.ExpiresAt)},
               c.revoked_at AS {nameof(VerifiedCertificate.RevokedAt)}
        FROM certificates c JOIN activities a ON a.id = c.activity_id WHERE c.verification_code = @Code
        """;

    public Task MarkAsync(IDbSession session, Guid bookingId, Guid sessionId, AttendanceMark mark, string markedBy, DateTimeOffset markedAt) =>
        session.ExecuteAsync(UpsertMarkSql, new { BookingId = bookingId, SessionId = sessionId, Mark = StoredEnums.ToStored(mark), MarkedBy = markedBy, MarkedAt = markedAt });

    public async Task<ILookup<Guid, AttendanceMark>> MarksAsync(IDbSession session, Guid eventId) =>
        (await session.QueryAsync<MarkRow>(MarksSql, new { EventId = eventId }))
            .ToLookup(r => r.BookingId, r => StoredEnums.FromStored<AttendanceMark>(r.Mark));

    public async Task<bool> IsAssessedAsync(IDbSession session, Guid eventId) =>
        await session.ExecuteScalarAsync<bool>(AssessedSql, new { EventId = eventId });

    /// <summary>Records that the event was assessed, so it is assessed once even with nobody booked.</summary>
    public Task MarkAssessedAsync(IDbSession session, Guid eventId, DateTimeOffset now) =>
        session.ExecuteAsync(MarkAssessedSql, new { EventId = eventId, Now = now });

    /// <summary>Records the scores given (an absent one keeps what was recorded); returns both as they now stand.</summary>
    public async Task<AssessmentScores> RecordScoresAsync(IDbSession session, Guid bookingId, AssessmentScores given, string recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(given);
        var row = await session.QuerySingleAsync<ScoreRow>(UpsertAssessmentSql, new
        {
            BookingId = bookingId, given.Pre, given.Post, RecordedBy = recordedBy, RecordedAt = now,
        });
        return new AssessmentScores(row.Pre, row.Post);
    }

    /// <summary>Each booking's official participant ("BG", "UK" or null) and scores, for the event's completions.</summary>
    public async Task<IReadOnlyDictionary<Guid, (string? Participant, AssessmentScores Scores)>> OutcomeDetailsAsync(IDbSession session, Guid eventId) =>
        (await session.QueryAsync<DetailRow>(OutcomeDetailsSql, new { EventId = eventId }))
            .ToDictionary(r => r.BookingId, r => (r.Participant, new AssessmentScores(r.Pre, r.Post)));

    /// <summary>The certificate with its row held until the unit of work ends; NotFound when absent.</summary>
    public async Task<Certificate> GetCertificateForUpdateAsync(IDbSession session, Guid id)
    {
        var row = await session.QuerySingleOrDefaultAsync<CertificateRow>(CertificateForUpdateSql, new { Id = id })
            ?? throw new NotFoundException("certificate", id.ToString());
        return new Certificate(row.Id, row.ActivityId, row.IssuingAgencyId, row.IssuedAt, row.ExpiresAt, row.RevokedAt, row.RevokedBy, row.RevocationReason);
    }

    public Task RevokeAsync(IDbSession session, Certificate certificate) =>
        session.ExecuteAsync(RevokeSql, certificate);

    public Task InsertCompletionAsync(IDbSession session, Guid eventId, CompletionResult result, DateTimeOffset assessedAt) =>
        session.ExecuteAsync(InsertCompletionSql, new
        {
            BookingId = result.Booking.Id, EventId = eventId, result.Completed, result.Attended, AssessedAt = assessedAt,
        });

    public Task InsertCertificateAsync(IDbSession session, IssuedCertificate certificate) =>
        session.ExecuteAsync(InsertCertificateSql, certificate);

    public Task<VerifiedCertificate?> VerifyAsync(IDbSession session, string code) =>
        session.QuerySingleOrDefaultAsync<VerifiedCertificate>(VerifySql, new { Code = code });

    private sealed class MarkRow
    {
        public Guid BookingId { get; init; }
        public string Mark { get; init; } = "";
    }

    private sealed class ScoreRow
    {
        public decimal? Pre { get; init; }
        public decimal? Post { get; init; }
    }

    private sealed class DetailRow
    {
        public Guid BookingId { get; init; }
        public string? Participant { get; init; }
        public decimal? Pre { get; init; }
        public decimal? Post { get; init; }
    }

    private sealed class CertificateRow
    {
        public Guid Id { get; init; }
        public Guid ActivityId { get; init; }
        public Guid IssuingAgencyId { get; init; }
        public DateTimeOffset IssuedAt { get; init; }
        public DateTimeOffset? ExpiresAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
        public string? RevokedBy { get; init; }
        public string? RevocationReason { get; init; }
    }
}

/// <summary>A certificate as issued on a completion.</summary>
public sealed record IssuedCertificate(
    Guid Id, Guid BookingId, Guid ActivityId, Guid IssuingAgencyId, string VerificationCode, DateTimeOffset IssuedAt, DateTimeOffset? ExpiresAt);

/// <summary>What a certificate states, as its code reveals it: no personal data.</summary>
public sealed class VerifiedCertificate
{
    public string ActivityCode { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string TitleBg { get; init; } = "";
    public Guid IssuingAgencyId { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Valid, expired or revoked at <paramref name="now"/>.</summary>
    public CertificateStatus StatusAt(DateTimeOffset now) =>
        new Certificate(Guid.Empty, Guid.Empty, IssuingAgencyId, IssuedAt, ExpiresAt, RevokedAt).StatusAt(now);
}
