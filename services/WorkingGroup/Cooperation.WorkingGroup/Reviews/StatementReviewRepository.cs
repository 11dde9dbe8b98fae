using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Agencies;
using Dapper;

namespace Cooperation.WorkingGroup.Reviews;

internal sealed class StatementReviewRepository(IDbConnectionFactory connections)
{
    private const string InsertSql = """
        INSERT INTO statement_reviews (id, reviewed_on, outcome, summary, recorded_at)
        VALUES (@Id, @ReviewedOn, @Outcome, @Summary, @RecordedAt)
        """;

    // Newest first; reviews of the same day in the order they were recorded.
    private const string PageSql = """
        SELECT id AS Id, reviewed_on AS ReviewedOn, outcome AS Outcome, summary AS Summary, recorded_at AS RecordedAt
        FROM statement_reviews
        ORDER BY reviewed_on DESC, recorded_at DESC, id DESC
        LIMIT @Limit OFFSET @Offset
        """;

    public static async Task<StatementReview?> LatestAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.Connection.QuerySingleOrDefaultAsync<ReviewRow>(new CommandDefinition(
            PageSql, new { Limit = 1, Offset = 0 }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return row?.ToReview();
    }

    public static Task AddAsync(IUnitOfWork unitOfWork, StatementReview review, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            review.Id,
            review.ReviewedOn,
            Outcome = StoredEnum.ToStored(review.Outcome),
            review.Summary,
            review.RecordedAt,
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<StatementReview>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReviewRow>(new CommandDefinition(
            PageSql, new { Limit = page.Size, page.Offset }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToReview()).ToList();
    }

    public async Task<StatementReview?> LatestAsync(CancellationToken cancellationToken) =>
        (await ListAsync(new PageRequest(0, 1), cancellationToken)).SingleOrDefault();

    private sealed class ReviewRow
    {
        public Guid Id { get; init; }

        public DateOnly ReviewedOn { get; init; }

        public string Outcome { get; init; } = "";

        public string Summary { get; init; } = "";

        public DateTimeOffset RecordedAt { get; init; }

        public StatementReview ToReview() => new(Id, ReviewedOn, StoredEnum.FromStored<ReviewOutcome>(Outcome), Summary, RecordedAt);
    }
}
