namespace Cooperation.WorkingGroup.Reviews;

/// <summary>What the audit records of statement reviews name.</summary>
internal static class ReviewsAudit
{
    public const string StatementReview = "StatementReview";

    public static readonly string[] RecordedFields = ["reviewed_on", "outcome", "summary"];

    public static readonly string[] RecordedOnEvidenceFields = ["reviewed_on", "outcome", "summary", "evidence_pack_hash"];
}
