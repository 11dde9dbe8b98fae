using Cooperation.BuildingBlocks.Domain;
using Cooperation.Contracts.Messages;

namespace Cooperation.Training;

/// <summary>A participant as events name it: the <see cref="ParticipantCodes"/> text, so consumers need none of this service's types.</summary>
internal static class ParticipantCode
{
    public static string Of(Participant participant) => participant switch
    {
        Participant.BG => ParticipantCodes.Bulgaria,
        Participant.UK => ParticipantCodes.UnitedKingdom,
        _ => throw new ArgumentOutOfRangeException(nameof(participant), participant, "Not a participant of the joint statement."),
    };
}
