namespace Cooperation.BuildingBlocks.Security;

/// <summary>
/// Claim names as they appear in the token. Inbound claims are not renamed (no mapping to the
/// long XML-schema URIs), so what an identity provider issues is what the code reads.
/// </summary>
public static class CooperationClaimTypes
{
    /// <summary>Stable id of the caller at its identity provider (a person or a service).</summary>
    public const string Subject = "sub";

    /// <summary>"BG" or "UK": the participant the caller acts for.</summary>
    public const string Participant = "participant";

    /// <summary>UUID of the caller's agency, as known to the working-group reference data.</summary>
    public const string AgencyId = "agency_id";

    /// <summary>One claim per role (or a JSON array), values from <see cref="CooperationRoles"/>.</summary>
    public const string Role = "role";

    /// <summary>Display name, for logs of development tokens only; never copied into the audit trail.</summary>
    public const string Name = "name";
}
