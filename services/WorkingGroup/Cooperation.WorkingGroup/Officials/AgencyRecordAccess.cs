using Cooperation.BuildingBlocks.Security;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// Who may change or hand out an agency's records (its officials): the agency's own coordinators,
/// or a co-chair of the working group, who designates for any agency. Anyone else is refused as
/// PermissionDenied, never told NotFound.
/// </summary>
internal static class AgencyRecordAccess
{
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
}
