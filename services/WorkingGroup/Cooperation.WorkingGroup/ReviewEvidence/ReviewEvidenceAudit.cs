namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>What the audit records of review evidence name.</summary>
internal static class ReviewEvidenceAudit
{
    /// <summary>A pack assembled and kept, its id the content hash.</summary>
    public const string ReviewEvidencePack = "ReviewEvidencePack";

    public static readonly string[] AssembledFields = ["period_start", "period_end", "document", "metrics_available"];
}
