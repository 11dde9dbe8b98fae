using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Agencies;

/// <summary>Agencies on the wire.</summary>
internal static class AgenciesWire
{
    public static V1.Agency ToWire(Agency agency) => new()
    {
        Id = agency.Id.ToString(),
        Participant = WireParticipant.ToWire(agency.Participant),
        NameEn = agency.NameEn,
        NameBg = agency.NameBg,
        Kind = WireEnums.ToWire<AgencyKind, V1.AgencyKind>(agency.Kind),
        CreatedAt = WireInstant.ToWire(agency.CreatedAt),
    };
}
