namespace Cooperation.WorkingGroup.Reviews;

/// <summary>A recorded review of the joint statement (¶8).</summary>
internal sealed record StatementReview(Guid Id, DateOnly ReviewedOn, ReviewOutcome Outcome, string Summary, DateTimeOffset RecordedAt)
{
    public const int MaxSummaryLength = 4000;
}
