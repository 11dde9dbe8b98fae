namespace Cooperation.WorkingGroup.Membership;

/// <summary>How the audit trail names memberships and the fields each roster change or read lists.</summary>
internal static class MembershipAudit
{
    public const string Membership = "Membership";

    /// <summary>What starting a membership sets.</summary>
    public static IReadOnlyList<string> StartedFields { get; } = ["official_id", "role", "participant", "started_on"];

    /// <summary>What ending a membership sets.</summary>
    public static IReadOnlyList<string> EndedFields { get; } = ["ended_on"];

    /// <summary>The official's personal data a member on the wire carries.</summary>
    public static IReadOnlyList<string> MemberFields { get; } = ["full_name", "role_title"];
}
