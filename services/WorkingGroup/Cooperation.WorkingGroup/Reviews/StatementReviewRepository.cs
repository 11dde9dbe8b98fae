using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Agencies;

namespace Cooperation.WorkingGroup.Reviews;

/// <summary>Stores the reviews of the statement, the programme's one history of them.</summary>
internal sealed class StatementReviewRepository
{
    private const string InsertSql = """
        INSERT INTO statement_reviews (id, reviewed_on, outcome, summary, recorded_at, evidence_pack_hash)
        VALUES (@Id, @ReviewedOn, @Outcome, @Summary, @RecordedAt, @EvidencePackHash)
        """;

    // Newest first; reviews of the same day in the order they were recorded.
    private const string PageSql = $"""
        SELECT id AS {nameof(ReviewRow.Id)}, reviewed_on AS {nameof(ReviewRow.ReviewedOn)}, outcome AS {nameof(ReviewRow.Outcome)},
               summary AS {nameof(ReviewRow.Summary)}, recorded_at AS {nameof(ReviewRow.RecordedAt)},
               evidence_pack_hash AS {nameof(ReviewRow.EvidencePackHash)}
        FROM statement_reviews
        ORDER BY reviewed_on DESC, recorded_at DESC, id DESC
        LIMIT @Limit OFFSET @Offset
        """;

    public Task AddAsync(IDbSession session, StatementReview review) =>
        session.ExecuteAsync(InsertSql, new
        {
            review.Id,
            review.ReviewedOn,
            Outcome = StoredEnums.ToStored(review.Outcome),
            review.Summary,
            review.RecordedAt,
            review.EvidencePackHash,
        });

    public async Task<IReadOnlyList<StatementReview>> ListAsync(IDbSession session, PageRequest page) =>
        (await session.QueryAsync<ReviewRow>(PageSql, new { Limit = page.Size, page.Offset })).Select(r => r.ToReview()).ToList();

    /// <summary>The latest review, or null before the first.</summary>
    public async Task<StatementReview?> LatestAsync(IDbSession session) =>
        (await session.QuerySingleOrDefaultAsync<ReviewRow>(PageSql, new { Limit = 1, Offset = 0 }))?.ToReview();

    private sealed class ReviewRow
    {
        public Guid Id { get; init; }

        public DateOnly ReviewedOn { get; init; }

        public string Outcome { get; init; } = "";

        public string Summary { get; init; } = "";

        public DateTimeOffset RecordedAt { get; init; }

        public string? EvidencePackHash { get; init; }

        public StatementReview ToReview() =>
            new(Id, ReviewedOn, StoredEnums.FromStored<ReviewOutcome>(Outcome), Summary, RecordedAt, EvidencePackHash);
    }
}
