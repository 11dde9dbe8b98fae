using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>
/// Who may do what with a debrief: the agencies involved record and read it (and publish its best
/// practice); co-chairs read all debriefs; a corrective action is closed by its owner agency or a co-chair.
/// </summary>
internal static class DebriefAccess
{
    public static void EnsureCanRecord(Caller caller, IReadOnlyCollection<Guid> agencyIds)
    {
        if (caller.AgencyId is not { } agency || !agencyIds.Contains(agency))
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD",
                "A debrief is recorded by one of the agencies involved; the caller's agency is not among them.");
        }
    }

    public static void EnsureCanRead(Caller caller, Debrief debrief)
    {
        if (!caller.IsInRole(CooperationRoles.CoChair) && !debrief.Involves(caller.AgencyId))
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD", "A debrief is read by the agencies involved and the co-chairs.");
        }
    }

    public static void EnsureCanPublish(Caller caller, Debrief debrief)
    {
        if (!debrief.Involves(caller.AgencyId) && !caller.IsInRole(CooperationRoles.CoChair))
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD", "A debrief's best practice is published by an agency involved or a co-chair.");
        }
    }

    public static void EnsureCanClose(Caller caller, CorrectiveAction action)
    {
        if (!caller.IsInRole(CooperationRoles.CoChair) && caller.AgencyId != action.OwnerAgencyId)
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD", "A corrective action is closed by its owner agency or a co-chair.");
        }
    }

    /// <summary>The agency a list is limited to: a co-chair lists any (or all), anyone else its own agency only.</summary>
    public static Guid? ListScope(Caller caller, Guid? requestedAgency)
    {
        if (caller.IsInRole(CooperationRoles.CoChair))
        {
            return requestedAgency;
        }

        if (caller.AgencyId is not { } own || (requestedAgency is { } asked && asked != own))
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD", "A caller who is not a co-chair lists its own agency's debriefs only.");
        }

        return own;
    }
}
