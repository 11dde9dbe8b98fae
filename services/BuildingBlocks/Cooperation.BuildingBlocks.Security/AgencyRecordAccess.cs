using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.BuildingBlocks.Security;

/// <summary>
/// Object-level access to the records an agency owns (its officials and their personal data),
/// decided from the caller's roles and agency alone: the agency's own coordinators, or a
/// co-chair of the working group, who acts for any agency. Anyone else is refused as
/// PermissionDenied, never told NotFound.
/// </summary>
public static class AgencyRecordAccess
{
    /// <summary>Who may change or hand out an agency's records: its coordinators, or a co-chair.</summary>
    public static void EnsureCanManageAgency(this Caller caller, Guid agencyId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsInRole(CooperationRoles.CoChair))
        {
            return;
        }

        caller.EnsureInAnyRole(CooperationRoles.AgencyCoordinator);
        caller.EnsureCanWriteFor(agencyId);
    }

    /// <summary>
    /// Refuses to show an agency's officials to anyone but a co-chair or a member of that agency
    /// (its agency or training coordinators): personal data stays with those who need it.
    /// </summary>
    public static void EnsureCanReadAgency(this Caller caller, Guid agencyId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsInRole(CooperationRoles.CoChair) && caller.AgencyId != agencyId)
        {
            throw new PermissionDeniedException(
                "OTHER_AGENCY_RECORD", $"The caller may read officials of its own agency only, not of agency '{agencyId}'.");
        }
    }

    /// <summary>
    /// The agency whose officials the caller may list: any (or the one asked for) for a co-chair,
    /// otherwise the caller's own, and PermissionDenied when another agency is asked for.
    /// </summary>
    public static Guid? ReadableAgency(this Caller caller, Guid? requested)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsInRole(CooperationRoles.CoChair))
        {
            return requested;
        }

        var own = caller.AgencyId
            ?? throw new PermissionDeniedException("NO_AGENCY", "The caller belongs to no agency, so it may read no officials.");
        caller.EnsureCanReadAgency(requested ?? own);
        return own;
    }
}
