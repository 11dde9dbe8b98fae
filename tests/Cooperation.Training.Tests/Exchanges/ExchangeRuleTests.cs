using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Exchanges;

namespace Cooperation.Training.Tests.Exchanges;

public sealed class ExchangeRuleTests
{
    private static readonly Guid GuestAgency = Guid.NewGuid();
    private static readonly Guid HostAgency = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2023, 9, 1, 9, 0, 0, TimeSpan.Zero);

    private static Exchange Proposed(Participant guest = Participant.UK, Participant host = Participant.BG) => new(
        Guid.NewGuid(), ExchangeKind.PersonnelExchange, Guid.NewGuid(), GuestAgency, guest, HostAgency, host, null,
        new ExchangeLeg(new DateOnly(2024, 4, 8), new DateOnly(2024, 4, 12), "Border checks at Kapitan Andreevo"), "dev:someone", Now);

    [Fact]
    public void Exchanges_cross_the_participants()
    {
        var refused = Assert.Throws<RuleViolationException>(() => Proposed(Participant.BG, Participant.BG));

        Assert.Equal(ExchangeRules.ExchangesCrossTheParticipants, refused.Rule);
        Assert.Equal(ExchangeStatus.Proposed, Proposed(Participant.BG, Participant.UK).Status);
    }

    [Fact]
    public void Exchanges_start_once_approved_by_both()
    {
        var exchange = Proposed();
        exchange.Approve(GuestAgency, "dev:guest", "fits our plan", Now);

        Assert.Equal(ExchangeStatus.Proposed, exchange.Status);
        Assert.Equal(ExchangeRules.ExchangesStartOnceApprovedByBoth,
            Assert.Throws<RuleViolationException>(() => exchange.Start(new DateOnly(2024, 4, 8))).Rule);

        exchange.Approve(HostAgency, "dev:host", "we can host", Now);
        exchange.Start(new DateOnly(2024, 4, 8));

        Assert.Equal(ExchangeStatus.UnderWay, exchange.Status);
        Assert.Equal([ExchangeSide.Guest, ExchangeSide.Host], exchange.Approvals.Select(a => a.Side));
    }

    [Fact]
    public void Each_agency_approves_once()
    {
        var exchange = Proposed();
        exchange.Approve(HostAgency, "dev:host", "we can host", Now);

        var refused = Assert.Throws<RuleViolationException>(() => exchange.Approve(HostAgency, "dev:another-host", "again", Now));

        Assert.Equal(ExchangeRules.EachAgencyApprovesOnce, refused.Rule);
        Assert.Single(exchange.Approvals);
    }

    [Fact]
    public void Exchanges_are_approved_while_proposed()
    {
        var exchange = Proposed();
        exchange.Withdraw("dev:guest", "the official left", Now);

        Assert.Equal(ExchangeRules.ExchangesAreApprovedWhileProposed,
            Assert.Throws<RuleViolationException>(() => exchange.Approve(GuestAgency, "dev:guest", "late", Now)).Rule);
    }

    [Fact]
    public void Only_exchanges_under_way_complete()
    {
        var exchange = Proposed();
        Assert.Equal(ExchangeRules.OnlyExchangesUnderWayComplete,
            Assert.Throws<RuleViolationException>(() => exchange.Complete(new DateOnly(2024, 4, 12))).Rule);

        exchange.Approve(GuestAgency, "dev:guest", "yes", Now);
        exchange.Approve(HostAgency, "dev:host", "yes", Now);
        exchange.Start(new DateOnly(2024, 4, 8));
        Assert.Equal(ExchangeRules.OnlyExchangesUnderWayComplete,
            Assert.Throws<RuleViolationException>(() => exchange.Complete(new DateOnly(2024, 4, 7))).Rule);

        exchange.Complete(new DateOnly(2024, 4, 12));
        Assert.Equal(ExchangeStatus.Completed, exchange.Status);
    }

    [Fact]
    public void Completed_exchanges_stay_completed()
    {
        var exchange = Proposed();
        exchange.Approve(GuestAgency, "dev:guest", "yes", Now);
        exchange.Approve(HostAgency, "dev:host", "yes", Now);
        exchange.Start(new DateOnly(2024, 4, 8));
        exchange.Withdraw("dev:host", "the guest was recalled", Now);
        Assert.Equal(ExchangeStatus.Withdrawn, exchange.Status);
        Assert.Equal("the guest was recalled", exchange.WithdrawalReason);

        Assert.Equal(ExchangeRules.CompletedExchangesStayCompleted,
            Assert.Throws<RuleViolationException>(() => exchange.Withdraw("dev:host", "twice", Now)).Rule);
    }

    [Fact]
    public void Pairs_run_one_each_way()
    {
        var outbound = Proposed(Participant.UK, Participant.BG);
        var sameWay = Proposed(Participant.UK, Participant.BG);

        Assert.Equal(ExchangeRules.PairsRunOneEachWay,
            Assert.Throws<RuleViolationException>(() => ExchangePairing.Pair(outbound, sameWay, preMatched: false)).Rule);

        var inbound = Proposed(Participant.BG, Participant.UK);
        ExchangePairing.Pair(outbound, inbound, preMatched: true);
        Assert.Equal(inbound.Id, outbound.PartnerExchangeId);
        Assert.Equal(outbound.Id, inbound.PartnerExchangeId);
        Assert.True(outbound.PreMatched);
    }

    [Fact]
    public void An_exchange_has_one_partner()
    {
        var outbound = Proposed(Participant.UK, Participant.BG);
        ExchangePairing.Pair(outbound, Proposed(Participant.BG, Participant.UK), preMatched: false);

        Assert.Equal(ExchangeRules.AnExchangeHasOnePartner,
            Assert.Throws<RuleViolationException>(() => ExchangePairing.Pair(outbound, Proposed(Participant.BG, Participant.UK), preMatched: false)).Rule);

        var withdrawn = Proposed(Participant.BG, Participant.UK);
        withdrawn.Withdraw("dev:guest", "cancelled", Now);
        Assert.Equal(ExchangeRules.AnExchangeHasOnePartner,
            Assert.Throws<RuleViolationException>(() => ExchangePairing.Pair(Proposed(), withdrawn, preMatched: false)).Rule);
    }
}
