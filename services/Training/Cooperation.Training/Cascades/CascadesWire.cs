using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Cascades;

/// <summary>Cascade commitments and sessions to their wire form.</summary>
internal static class CascadesWire
{
    public static V1.CascadeCommitment ToWire(CascadeCommitment commitment)
    {
        var wire = new V1.CascadeCommitment
        {
            Id = commitment.Id.ToString(),
            OfficialId = commitment.OfficialId.ToString(),
            AgencyId = commitment.AgencyId.ToString(),
            ExchangeId = commitment.ExchangeId?.ToString() ?? "",
            BookingId = commitment.BookingId?.ToString() ?? "",
            DueOn = WireDate.ToWire(commitment.DueOn),
            CommittedBy = commitment.CommittedBy,
            CommittedAt = WireInstant.ToWire(commitment.CommittedAt),
            OverdueAt = WireInstant.ToWire(commitment.OverdueAt),
            PeopleReached = commitment.PeopleReached,
        };
        wire.Sessions.AddRange(commitment.Sessions.Select(ToWire));
        return wire;
    }

    public static V1.CascadeSession ToWire(CascadeSession session) => new()
    {
        Id = session.Id.ToString(),
        DeliveredOn = WireDate.ToWire(session.DeliveredOn),
        AudienceCount = session.AudienceCount,
        AgencyId = session.AgencyId.ToString(),
        RecordedBy = session.RecordedBy,
        RecordedAt = WireInstant.ToWire(session.RecordedAt),
    };
}
