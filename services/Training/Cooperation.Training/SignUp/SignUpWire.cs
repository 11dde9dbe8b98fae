using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.SignUp;

/// <summary>Bookings to their wire form.</summary>
internal static class SignUpWire
{
    public static V1.Booking ToWire(Booking booking)
    {
        var wire = new V1.Booking
        {
            Id = booking.Id.ToString(),
            EventId = booking.EventId.ToString(),
            OfficialId = booking.OfficialId.ToString(),
            AgencyId = booking.AgencyId.ToString(),
            Status = WireEnums.ToWire<BookingStatus, V1.BookingStatus>(booking.Status),
            WaitListPosition = booking.WaitListPosition ?? 0,
            NominatedBy = booking.NominatedBy,
            NominatedAt = WireInstant.ToWire(booking.NominatedAt),
            BookedAt = WireInstant.ToWire(booking.BookedAt),
            WithdrawnAt = WireInstant.ToWire(booking.WithdrawnAt),
            LateWithdrawal = booking.LateWithdrawal,
            NewToProgramme = booking.NewToProgramme,
        };
        wire.Decisions.AddRange(booking.Decisions.Select(d => new V1.ApprovalDecision
        {
            Stage = d.Stage,
            Approved = d.Approved,
            DecidedBy = d.DecidedBy,
            DecidedAt = WireInstant.ToWire(d.DecidedAt),
            Reason = d.Reason,
        }));
        return wire;
    }
}
