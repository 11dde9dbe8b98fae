using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;

namespace Cooperation.Training.Exchanges;

/// <summary>
/// Who may act on an exchange. Its two agencies act for themselves; a co-chair acts for the agencies
/// of their own participant only (one co-chair cannot act for the other side). Proposing a guest is
/// stricter, as nominating is: an agency puts forward its own officials, a co-chair included.
/// </summary>
internal static class ExchangeAccess
{
    /// <summary>The guest's agency proposes its own official, for its own participant.</summary>
    public static void EnsureCanPropose(this Caller caller, Guid guestAgencyId, Participant guestParticipant)
    {
        caller.EnsureCanWriteFor(guestAgencyId);
        caller.EnsureActsFor(guestParticipant);
    }

    /// <summary>The agency itself, or a co-chair of the agency's participant.</summary>
    public static void EnsureCanActFor(this Caller caller, Guid agencyId, Participant participant)
    {
        if (caller.IsInRole(CooperationRoles.CoChair))
        {
            caller.EnsureActsFor(participant);
            return;
        }

        caller.EnsureCanWriteFor(agencyId);
    }

    /// <summary>Either agency of the exchange, or a co-chair of either participant (between them they hold both).</summary>
    public static void EnsureTakesPart(this Caller caller, Exchange exchange)
    {
        if (!caller.IsInRole(CooperationRoles.CoChair) && !exchange.Involves(caller.AgencyId))
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD",
                $"Exchange {exchange.Id} is between agencies {exchange.GuestAgencyId} and {exchange.HostAgencyId}; the caller's agency is neither.");
        }
    }

    /// <summary>The agency whose approval the caller gives: theirs, which must be one of the exchange's two.</summary>
    public static Guid ApprovingAgency(this Caller caller, Exchange exchange)
    {
        if (caller.AgencyId is not { } agency || !exchange.Involves(agency))
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD",
                $"Exchange {exchange.Id} is approved by its guest's agency and its host agency; the caller belongs to neither.");
        }

        return agency;
    }
}
