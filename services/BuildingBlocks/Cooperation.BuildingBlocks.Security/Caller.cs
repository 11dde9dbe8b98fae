using System.Security.Claims;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.BuildingBlocks.Security;

/// <summary>
/// Who is calling, read from the validated token: the subject, the participant and agency the
/// caller acts for, and its roles. A service calling with its own identity has the
/// <see cref="CooperationRoles.Service"/> role and usually no participant or agency.
/// </summary>
public sealed record Caller(string Subject, Participant? Participant, Guid? AgencyId, IReadOnlySet<string> Roles)
{
    public bool IsService => Roles.Contains(CooperationRoles.Service);

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>
    /// Reads the caller from an authenticated principal. A token that passed validation but does
    /// not name a caller properly is refused as <see cref="UnauthenticatedException"/>.
    /// </summary>
    public static Caller FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            throw new UnauthenticatedException("The call carries no valid bearer token.");
        }

        var subject = principal.FindFirst(CooperationClaimTypes.Subject)?.Value;
        if (string.IsNullOrWhiteSpace(subject))
        {
            throw new UnauthenticatedException("The token names no subject.");
        }

        return new Caller(subject, ReadParticipant(principal), ReadAgencyId(principal), ReadRoles(principal));
    }

    /// <summary>
    /// Refuses unless the caller belongs to <paramref name="agencyId"/>: an agency's records are
    /// changed by that agency's own people. A service identity belongs to no agency and is refused
    /// too, because it never acts on a user's behalf.
    /// </summary>
    public void EnsureCanWriteFor(Guid agencyId)
    {
        if (AgencyId != agencyId)
        {
            throw new PermissionDeniedException(
                "OTHER_AGENCY_RECORD", $"The caller may change records of its own agency only, not of agency '{agencyId}'.");
        }
    }

    /// <summary>Refuses unless the caller acts for <paramref name="participant"/> (one co-chair cannot act for the other side).</summary>
    public void EnsureActsFor(Participant participant)
    {
        if (Participant != participant)
        {
            throw new PermissionDeniedException(
                "OTHER_PARTICIPANT", $"The caller may act for its own participant only, not for {participant}.");
        }
    }

    /// <summary>Refuses unless the caller holds at least one of <paramref name="roles"/> (for checks a policy cannot express).</summary>
    public void EnsureInAnyRole(params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (!roles.Any(Roles.Contains))
        {
            throw new PermissionDeniedException("MISSING_ROLE", $"The caller needs one of the roles: {string.Join(", ", roles)}.");
        }
    }

    private static Participant? ReadParticipant(ClaimsPrincipal principal)
    {
        var value = principal.FindFirst(CooperationClaimTypes.Participant)?.Value;
        return value switch
        {
            null or "" => null,
            "BG" => Domain.Participant.BG,
            "UK" => Domain.Participant.UK,
            _ => throw new UnauthenticatedException("The token's participant claim must be BG or UK."),
        };
    }

    private static Guid? ReadAgencyId(ClaimsPrincipal principal)
    {
        var value = principal.FindFirst(CooperationClaimTypes.AgencyId)?.Value;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return Guid.TryParse(value, out var id) && id != Guid.Empty
            ? id
            : throw new UnauthenticatedException("The token's agency_id claim must be a UUID.");
    }

    private static HashSet<string> ReadRoles(ClaimsPrincipal principal) =>
        principal.FindAll(CooperationClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
}
