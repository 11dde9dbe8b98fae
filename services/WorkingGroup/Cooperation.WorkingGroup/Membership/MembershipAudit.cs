namespace Cooperation.WorkingGroup.Membership;

/// <summary>How the audit trail names memberships and the fields each roster change or read lists.</summary>
internal static class MembershipAudit
{
    public const string Membership = "Membership";

    /// <summary>What starting a membership sets.</summary>
    public static IReadOnlyList<string> StartedFields { get; } = ["official_id", "role", "participant", "started_on"];

    /// <summary>What ending a membership sets.</summary>
    public static IReadOnlyList<string> EndedFields { get; } = ["ended_on"];

    /// <summary>
    /// The declared purpose of reading the roster (who the members and co-chairs are): part of
    /// running the programme, so it is recorded as such without asking the caller to justify it.
    /// Reads beyond the roster (officials' contacts, exports, disclosures) keep their explicit
    /// justification.
    /// </summary>
    public const string RosterConsultation = "Consulting the working group's roster to run the programme";

    /// <summary>The official's personal data a member on the wire carries.</summary>
    public static IReadOnlyList<string> MemberFields { get; } = ["full_name", "role_title"];
}
