namespace Cooperation.Metrics.InformationSharing;

/// <summary>Resource-type names of the information-sharing log's audit records.</summary>
public static class InformationSharingAudit
{
    public const string InformationExchange = "InformationExchange";

    public static readonly IReadOnlyList<string> RecordedFields = ["channel", "direction", "urgency", "handling_code", "requested_at"];

    public static readonly IReadOnlyList<string> AnsweredFields = ["answered_at"];

    public static readonly IReadOnlyList<string> RefusedFields = ["refused_at", "refused_reason"];
}
