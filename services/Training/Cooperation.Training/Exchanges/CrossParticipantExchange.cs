using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Exchanges;

/// <summary>
/// ¶4b's exchanges are between the participants: the guest comes from one participant and the host
/// agency belongs to the other. A BG official hosted by a BG agency is not this programme's exchange.
/// </summary>
public static class CrossParticipantExchange
{
    public static void EnsureCrosses(Participant guest, Participant host)
    {
        if (guest == host)
        {
            throw new RuleViolationException(ExchangeRules.ExchangesCrossTheParticipants,
                $"The guest's participant and the host's are both {guest}; an exchange hosts an official of the other participant.");
        }
    }
}
