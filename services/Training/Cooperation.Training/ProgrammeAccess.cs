using Cooperation.BuildingBlocks.Security;

namespace Cooperation.Training;

/// <summary>
/// Object-level access of the training programme, as in the working group: an agency's records
/// (its activities, its events, its officials' bookings) are written by that agency's own people;
/// a co-chair acts for the programme as a whole.
/// </summary>
internal static class ProgrammeAccess
{
    public static void EnsureCanManage(this Caller caller, Guid agencyId)
    {
        if (!caller.IsInRole(CooperationRoles.CoChair))
        {
            caller.EnsureCanWriteFor(agencyId);
        }
    }
}
