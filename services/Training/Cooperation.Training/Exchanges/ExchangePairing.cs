using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Exchanges;

/// <summary>
/// Two exchanges form a pair when they run one each way (the guest of one comes from the
/// participant that hosts the other) and neither has a partner yet, nor has ended.
/// </summary>
public static class ExchangePairing
{
    public static void Pair(Exchange exchange, Exchange partner, bool preMatched)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(partner);
        if (exchange.Id == partner.Id || exchange.GuestParticipant != partner.HostParticipant)
        {
            throw new RuleViolationException(ExchangeRules.PairsRunOneEachWay,
                $"Exchange {partner.Id} runs the same way as {exchange.Id}; a pair is one exchange each way.");
        }

        foreach (var one in new[] { exchange, partner })
        {
            if (one.PartnerExchangeId is not null || one.Status is ExchangeStatus.Withdrawn or ExchangeStatus.Completed)
            {
                throw new RuleViolationException(ExchangeRules.AnExchangeHasOnePartner,
                    $"Exchange {one.Id} is {one.Status} and {(one.PartnerExchangeId is null ? "unpaired" : $"paired with {one.PartnerExchangeId}")}; only two unpaired, live exchanges are paired.");
            }
        }

        exchange.PairWith(partner.Id, preMatched);
        partner.PairWith(exchange.Id, preMatched);
    }
}
