namespace Cooperation.WorkingGroup.Reviews;

/// <summary>A recorded review of the joint statement (¶8).</summary>
/// <remarks><paramref name="EvidencePackHash"/> is the content hash of the evidence pack the review was decided on, when it named one.</remarks>
internal sealed record StatementReview(
    Guid Id, DateOnly ReviewedOn, ReviewOutcome Outcome, string Summary, DateTimeOffset RecordedAt, string? EvidencePackHash = null)
{
    public const int MaxSummaryLength = 4000;
}
