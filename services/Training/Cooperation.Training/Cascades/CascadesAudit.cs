namespace Cooperation.Training.Cascades;

/// <summary>Resource-type names and field lists of the cascades' audit records.</summary>
public static class CascadesAudit
{
    public const string Commitment = "CascadeCommitment";

    public const string Session = "CascadeSession";

    public static readonly IReadOnlyList<string> CommittedFields = ["official_id", "agency_id", "due_on"];

    public static readonly IReadOnlyList<string> SessionFields = ["commitment_id", "delivered_on", "audience_count", "agency_id"];

    /// <summary>The justification of a read of commitments (official ids are personal data, ¶7).</summary>
    public const string ReadJustification = "cascade commitments read by a training coordinator";
}
