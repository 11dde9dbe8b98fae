using Cooperation.BuildingBlocks.Domain;
using ParticipantOnWire = Cooperation.Contracts.Type.V1.Participant;

namespace Cooperation.BuildingBlocks.Wire;

/// <summary>The shared <c>cooperation.type.v1.Participant</c> and the domain's <see cref="Participant"/>.</summary>
public static class WireParticipant
{
    public static ParticipantOnWire ToWire(Participant participant) => WireEnums.ToWire<Participant, ParticipantOnWire>(participant);

    /// <summary>No participant (a service identity, an unconfirmed decision) is UNSPECIFIED.</summary>
    public static ParticipantOnWire ToWire(Participant? participant) => WireEnums.ToWire<Participant, ParticipantOnWire>(participant);

    public static Participant? FromWire(ParticipantOnWire participant) => WireEnums.FromWire<ParticipantOnWire, Participant>(participant);
}
