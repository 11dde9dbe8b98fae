using Cooperation.BuildingBlocks.Data;

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

    private const string AssessedSql = "SELECT EXISTS (SELECT 1 FROM completions WHERE event_id = @EventId)";

    private const string InsertCompletionSql = """
        INSERT INTO completions (booking_id, event_id, completed, attended, assessed_at) VALUES (@BookingId, @EventId, @Completed, @Attended, @AssessedAt)
        """;

    private const string InsertCertificateSql = """
        INSERT INTO certificates (id, booking_id, activity_id, issuing_agency_id, verification_code, issued_at)
        VALUES (@Id, @BookingId, @ActivityId, @IssuingAgencyId, @VerificationCode, @IssuedAt)
        """;

    // Only what the certificate states: the activity, the issuer and the day; no person.
    private const string VerifySql = $"""
        SELECT a.code AS {nameof(VerifiedCertificate.ActivityCode)}, a.title_en AS {nameof(VerifiedCertificate.TitleEn)},
               a.title_bg AS {nameof(VerifiedCertificate.TitleBg)}, c.issuing_agency_id AS {nameof(VerifiedCertificate.IssuingAgencyId)},
               c.issued_at AS {nameof(VerifiedCertificate.IssuedAt)}
        FROM certificates c JOIN activities a ON a.id = c.activity_id WHERE c.verification_code = @Code
        """;

    public Task MarkAsync(IDbSession session, Guid bookingId, Guid sessionId, AttendanceMark mark, string markedBy, DateTimeOffset markedAt) =>
        session.ExecuteAsync(UpsertMarkSql, new { BookingId = bookingId, SessionId = sessionId, Mark = StoredEnums.ToStored(mark), MarkedBy = markedBy, MarkedAt = markedAt });

    public async Task<ILookup<Guid, AttendanceMark>> MarksAsync(IDbSession session, Guid eventId) =>
        (await session.QueryAsync<MarkRow>(MarksSql, new { EventId = eventId }))
            .ToLookup(r => r.BookingId, r => StoredEnums.FromStored<AttendanceMark>(r.Mark));

    public async Task<bool> IsAssessedAsync(IDbSession session, Guid eventId) =>
        await session.ExecuteScalarAsync<bool>(AssessedSql, new { EventId = eventId });

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
}

/// <summary>A certificate as issued on a completion.</summary>
public sealed record IssuedCertificate(Guid Id, Guid BookingId, Guid ActivityId, Guid IssuingAgencyId, string VerificationCode, DateTimeOffset IssuedAt);

/// <summary>What a certificate states, as its code reveals it: no personal data.</summary>
public sealed class VerifiedCertificate
{
    public string ActivityCode { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string TitleBg { get; init; } = "";
    public Guid IssuingAgencyId { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
}
