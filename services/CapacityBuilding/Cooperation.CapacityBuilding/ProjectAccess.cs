using Cooperation.BuildingBlocks.Security;
using Cooperation.CapacityBuilding.Projects;

namespace Cooperation.CapacityBuilding;

/// <summary>
/// Object-level access of capacity building: a project is changed by the people of its lead agency
/// or of a partner; a co-chair acts for the programme as a whole. The policy on each RPC has
/// already admitted only project leads and co-chairs.
/// </summary>
internal static class ProjectAccess
{
    /// <summary>Who may draft a project led by <paramref name="leadAgencyId"/>: that agency's people, or a co-chair.</summary>
    public static void EnsureCanLead(this Caller caller, Guid leadAgencyId)
    {
        if (!caller.IsInRole(CooperationRoles.CoChair))
        {
            caller.EnsureCanWriteFor(leadAgencyId);
        }
    }

    public static void EnsureCanChange(this Caller caller, Project project)
    {
        if (caller.IsInRole(CooperationRoles.CoChair) || (caller.AgencyId is { } agency && project.IsChangedBy(agency)))
        {
            return;
        }

        caller.EnsureCanWriteFor(project.LeadAgencyId);
    }
}
