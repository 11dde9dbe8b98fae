using Cooperation.Contracts.Messages.Training;
using Cooperation.Training.Exchanges;
using Cooperation.Training.Tests.Infrastructure;
using Google.Type;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Exchanges;

public sealed class ExchangesRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    [Fact]
    public async Task ProposeExchange_proposes_the_callers_own_official_and_audits_it()
    {
        var request = ExchangeRequests.NcaGuest();

        var exchange = (await factory.Exchanges().ProposeExchangeAsync(request)).Exchange;

        Assert.Equal(V1.ExchangeStatus.Proposed, exchange.Status);
        Assert.Equal(request.GuestOfficialId, exchange.GuestOfficialId);
        Assert.Equal(request.ReplacementOfficialId, exchange.ReplacementOfficialId);
        Assert.Equal(TypeV1.Participant.Bg, exchange.HostParticipant);
        Assert.Equal("dev:" + Personas.UkCoordinator, exchange.ProposedBy);
        Assert.Empty(exchange.PartnerExchangeId);
        Assert.Single(await factory.AuditOfAsync(ExchangesAudit.Exchange, exchange.Id));
    }

    [Fact]
    public async Task ProposeExchange_answers_invalid_argument_naming_each_field()
    {
        var request = ExchangeRequests.NcaGuest();
        request.GuestOfficialId = "not-a-uuid";
        await RpcAssert.InvalidArgumentAsync("guest_official_id", () => factory.Exchanges().ProposeExchangeAsync(request).ResponseAsync);

        var noKind = ExchangeRequests.NcaGuest();
        noKind.Kind = V1.ExchangeKind.Unspecified;
        await RpcAssert.InvalidArgumentAsync("kind", () => factory.Exchanges().ProposeExchangeAsync(noKind).ResponseAsync);

        var backwards = ExchangeRequests.NcaGuest();
        backwards.Leg.EndsOn = new Date { Year = 2023, Month = 10, Day = 1 };
        await RpcAssert.InvalidArgumentAsync("leg.ends_on", () => factory.Exchanges().ProposeExchangeAsync(backwards).ResponseAsync);

        var noPurpose = ExchangeRequests.NcaGuest();
        noPurpose.Leg.Purpose = " ";
        await RpcAssert.InvalidArgumentAsync("leg.purpose", () => factory.Exchanges().ProposeExchangeAsync(noPurpose).ResponseAsync);

        var guestAsReplacement = ExchangeRequests.NcaGuest();
        guestAsReplacement.ReplacementOfficialId = guestAsReplacement.GuestOfficialId;
        await RpcAssert.InvalidArgumentAsync("replacement_official_id", () => factory.Exchanges().ProposeExchangeAsync(guestAsReplacement).ResponseAsync);
    }

    [Fact]
    public async Task ProposeExchange_of_a_same_participant_pair_is_refused_with_the_rule()
    {
        var request = ExchangeRequests.NcaGuest();
        request.HostAgencyId = DevelopmentPersonasIds.UkBorderForce;
        request.HostParticipant = TypeV1.Participant.Uk;

        await RpcAssert.FailedPreconditionAsync(ExchangeRules.ExchangesCrossTheParticipants,
            () => factory.Exchanges().ProposeExchangeAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task ProposeExchange_of_another_agencys_official_is_permission_denied()
    {
        // Border Force may not propose a NCA official, nor an official the NCA already put forward.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Exchanges(ExchangeRequests.UkBorderForceCoordinator).ProposeExchangeAsync(ExchangeRequests.NcaGuest()).ResponseAsync);
        var official = (await factory.ProposedAsync()).GuestOfficialId;
        var claimed = ExchangeRequests.NcaGuest(official);
        claimed.GuestAgencyId = DevelopmentPersonasIds.UkBorderForce;
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Exchanges(ExchangeRequests.UkBorderForceCoordinator).ProposeExchangeAsync(claimed).ResponseAsync);
        // The Border Police may not name the NCA's official as its replacement, nor pair with an exchange it takes no part in.
        var borrowed = ExchangeRequests.BorderPoliceGuest();
        borrowed.ReplacementOfficialId = official;
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Exchanges(Personas.BgCoordinator).ProposeExchangeAsync(borrowed).ResponseAsync);
        var elsewhere = ExchangeRequests.NcaGuest();
        elsewhere.HostAgencyId = BuildingBlocks.Security.Development.DevelopmentPersonas.BgMinistryOfInterior.ToString();
        var notTheirs = (await factory.Exchanges().ProposeExchangeAsync(elsewhere)).Exchange;
        var pairing = ExchangeRequests.BorderPoliceGuest();
        pairing.PartnerExchangeId = notTheirs.Id;
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Exchanges(Personas.BgCoordinator).ProposeExchangeAsync(pairing).ResponseAsync);
        // Nor does a co-chair propose an agency's people, nor an analyst anything.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Exchanges(Personas.UkCoChair).ProposeExchangeAsync(ExchangeRequests.NcaGuest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Exchanges(Personas.Analyst).ProposeExchangeAsync(ExchangeRequests.NcaGuest()).ResponseAsync);
    }

    [Fact]
    public async Task ProposeExchange_with_a_partner_makes_a_pre_matched_pair()
    {
        var inbound = (await factory.Exchanges(Personas.BgCoordinator).ProposeExchangeAsync(ExchangeRequests.BorderPoliceGuest())).Exchange;
        var request = ExchangeRequests.NcaGuest();
        request.PartnerExchangeId = inbound.Id;

        var outbound = (await factory.Exchanges().ProposeExchangeAsync(request)).Exchange;

        Assert.Equal(inbound.Id, outbound.PartnerExchangeId);
        Assert.True(outbound.PreMatched);
        var partner = (await factory.Exchanges().GetExchangeAsync(new V1.GetExchangeRequest { ExchangeId = inbound.Id })).Exchange;
        Assert.Equal(outbound.Id, partner.PartnerExchangeId);

        var third = ExchangeRequests.NcaGuest();
        third.PartnerExchangeId = inbound.Id;
        await RpcAssert.FailedPreconditionAsync(ExchangeRules.AnExchangeHasOnePartner,
            () => factory.Exchanges().ProposeExchangeAsync(third).ResponseAsync);
        var unknown = ExchangeRequests.NcaGuest();
        unknown.PartnerExchangeId = Guid.NewGuid().ToString();
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.Exchanges().ProposeExchangeAsync(unknown).ResponseAsync);
    }

    [Fact]
    public async Task MatchExchanges_pairs_two_exchanges_one_each_way()
    {
        var outbound = await factory.ProposedAsync();
        var inbound = (await factory.Exchanges(Personas.BgCoordinator).ProposeExchangeAsync(ExchangeRequests.BorderPoliceGuest())).Exchange;
        var sameWay = await factory.ProposedAsync();

        await RpcAssert.FailedPreconditionAsync(ExchangeRules.PairsRunOneEachWay, () => factory.Exchanges().MatchExchangesAsync(
            new V1.MatchExchangesRequest { ExchangeId = outbound.Id, PartnerExchangeId = sameWay.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Exchanges(ExchangeRequests.UkBorderForceCoordinator).MatchExchangesAsync(
            new V1.MatchExchangesRequest { ExchangeId = outbound.Id, PartnerExchangeId = inbound.Id }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("partner_exchange_id", () => factory.Exchanges().MatchExchangesAsync(
            new V1.MatchExchangesRequest { ExchangeId = outbound.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.Exchanges().MatchExchangesAsync(
            new V1.MatchExchangesRequest { ExchangeId = outbound.Id, PartnerExchangeId = Guid.NewGuid().ToString() }).ResponseAsync);

        var matched = await factory.Exchanges().MatchExchangesAsync(new V1.MatchExchangesRequest { ExchangeId = outbound.Id, PartnerExchangeId = inbound.Id });

        Assert.Equal(inbound.Id, matched.Exchange.PartnerExchangeId);
        Assert.Equal(outbound.Id, matched.Partner.PartnerExchangeId);
        Assert.False(matched.Exchange.PreMatched);
    }

    [Fact]
    public async Task ApproveExchange_needs_both_agencies_once_each()
    {
        var exchange = await factory.ProposedAsync();

        var first = (await factory.Exchanges().ApproveExchangeAsync(new V1.ApproveExchangeRequest { ExchangeId = exchange.Id, Reason = "ready" })).Exchange;
        Assert.Equal(V1.ExchangeStatus.Proposed, first.Status);
        await RpcAssert.FailedPreconditionAsync(ExchangeRules.EachAgencyApprovesOnce, () => factory.Exchanges().ApproveExchangeAsync(
            new V1.ApproveExchangeRequest { ExchangeId = exchange.Id, Reason = "again" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Exchanges(ExchangeRequests.UkBorderForceCoordinator).ApproveExchangeAsync(
            new V1.ApproveExchangeRequest { ExchangeId = exchange.Id, Reason = "not ours" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("reason", () => factory.Exchanges().ApproveExchangeAsync(
            new V1.ApproveExchangeRequest { ExchangeId = exchange.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.Exchanges().ApproveExchangeAsync(
            new V1.ApproveExchangeRequest { ExchangeId = Guid.NewGuid().ToString(), Reason = "x" }).ResponseAsync);

        var both = (await factory.Exchanges(Personas.BgCoordinator).ApproveExchangeAsync(
            new V1.ApproveExchangeRequest { ExchangeId = exchange.Id, Reason = "we can host" })).Exchange;

        Assert.Equal(V1.ExchangeStatus.Approved, both.Status);
        Assert.Equal([V1.ExchangeSide.Guest, V1.ExchangeSide.Host], both.Approvals.Select(a => a.Side));
        Assert.Equal("dev:" + Personas.BgCoordinator.Name, both.Approvals[1].ApprovedBy);
        Assert.Equal("we can host", both.Approvals[1].Reason);
        await RpcAssert.FailedPreconditionAsync(ExchangeRules.ExchangesAreApprovedWhileProposed, () => factory.Exchanges().ApproveExchangeAsync(
            new V1.ApproveExchangeRequest { ExchangeId = exchange.Id, Reason = "late" }).ResponseAsync);
    }

    [Fact]
    public async Task StartExchange_is_recorded_by_the_host_once_both_approved_and_announced()
    {
        var proposed = await factory.ProposedAsync();
        var started = new V1.StartExchangeRequest { ExchangeId = proposed.Id, StartedOn = new Date { Year = 2024, Month = 4, Day = 8 } };
        await RpcAssert.FailedPreconditionAsync(ExchangeRules.ExchangesStartOnceApprovedByBoth,
            () => factory.Exchanges(Personas.BgCoordinator).StartExchangeAsync(started).ResponseAsync);

        var exchange = await factory.ApprovedAsync();
        var request = new V1.StartExchangeRequest { ExchangeId = exchange.Id, StartedOn = new Date { Year = 2024, Month = 4, Day = 8 } };
        // The guest's agency does not record the arrival, nor does the other participant's co-chair.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Exchanges().StartExchangeAsync(request).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Exchanges(Personas.UkCoChair).StartExchangeAsync(request).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("started_on", () => factory.Exchanges(Personas.BgCoordinator).StartExchangeAsync(
            new V1.StartExchangeRequest { ExchangeId = exchange.Id, StartedOn = new Date { Year = 2024, Month = 2, Day = 30 } }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.Exchanges(Personas.BgCoordinator).StartExchangeAsync(
            new V1.StartExchangeRequest { ExchangeId = Guid.NewGuid().ToString(), StartedOn = request.StartedOn }).ResponseAsync);

        var underWay = (await factory.Exchanges(Personas.BgCoordinator).StartExchangeAsync(request)).Exchange;

        Assert.Equal(V1.ExchangeStatus.UnderWay, underWay.Status);
        var announced = Assert.Single(await factory.OutboxAsync<ExchangeStarted>(), e => e.ExchangeId.ToString() == exchange.Id);
        Assert.Equal("UK", announced.GuestParticipant);
        Assert.Equal("BG", announced.HostParticipant);
        Assert.Equal("personnel_exchange", announced.Kind);
        Assert.Equal(new DateOnly(2024, 4, 8), announced.StartedOn);
    }

    [Fact]
    public async Task CompleteExchange_is_recorded_by_the_host_while_under_way_and_announced()
    {
        var approved = await factory.ApprovedAsync();
        await RpcAssert.FailedPreconditionAsync(ExchangeRules.OnlyExchangesUnderWayComplete, () => factory.Exchanges(Personas.BgCoordinator).CompleteExchangeAsync(
            new V1.CompleteExchangeRequest { ExchangeId = approved.Id, CompletedOn = new Date { Year = 2024, Month = 4, Day = 12 } }).ResponseAsync);
        var underWay = await factory.UnderWayAsync();
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Exchanges().CompleteExchangeAsync(
            new V1.CompleteExchangeRequest { ExchangeId = underWay.Id, CompletedOn = new Date { Year = 2024, Month = 4, Day = 12 } }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("completed_on", () => factory.Exchanges(Personas.BgCoordinator).CompleteExchangeAsync(
            new V1.CompleteExchangeRequest { ExchangeId = underWay.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.Exchanges(Personas.BgCoordinator).CompleteExchangeAsync(
            new V1.CompleteExchangeRequest { ExchangeId = Guid.NewGuid().ToString(), CompletedOn = new Date { Year = 2024, Month = 4, Day = 12 } }).ResponseAsync);

        // The host participant's co-chair may record it too.
        var completed = await factory.Exchanges("bg-co-chair").CompleteExchangeAsync(
            new V1.CompleteExchangeRequest { ExchangeId = underWay.Id, CompletedOn = new Date { Year = 2024, Month = 4, Day = 12 } });

        Assert.Equal(V1.ExchangeStatus.Completed, completed.Exchange.Status);
        var announced = Assert.Single(await factory.OutboxAsync<ExchangeCompleted>(), e => e.ExchangeId.ToString() == underWay.Id);
        Assert.Equal(new DateOnly(2024, 4, 12), announced.CompletedOn);
        Assert.Equal(underWay.GuestOfficialId, announced.GuestOfficialId.ToString());
    }

    [Fact]
    public async Task WithdrawExchange_records_the_reason_before_completion_only()
    {
        var exchange = await factory.ApprovedAsync();
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Exchanges(ExchangeRequests.UkBorderForceCoordinator).WithdrawExchangeAsync(
            new V1.WithdrawExchangeRequest { ExchangeId = exchange.Id, Reason = "not ours" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("reason", () => factory.Exchanges().WithdrawExchangeAsync(
            new V1.WithdrawExchangeRequest { ExchangeId = exchange.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.Exchanges().WithdrawExchangeAsync(
            new V1.WithdrawExchangeRequest { ExchangeId = Guid.NewGuid().ToString(), Reason = "x" }).ResponseAsync);

        var withdrawn = (await factory.Exchanges(Personas.BgCoordinator).WithdrawExchangeAsync(
            new V1.WithdrawExchangeRequest { ExchangeId = exchange.Id, Reason = "host unit redeployed" })).Exchange;

        Assert.Equal(V1.ExchangeStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("host unit redeployed", withdrawn.WithdrawalReason);
        var completed = (await factory.CompletedAsync()).Exchange;
        await RpcAssert.FailedPreconditionAsync(ExchangeRules.CompletedExchangesStayCompleted, () => factory.Exchanges().WithdrawExchangeAsync(
            new V1.WithdrawExchangeRequest { ExchangeId = completed.Id, Reason = "too late" }).ResponseAsync);
    }

    [Fact]
    public async Task GetExchange_shows_the_two_agencies_and_audits_the_read()
    {
        var exchange = await factory.ProposedAsync();

        var read = (await factory.Exchanges(Personas.BgCoordinator).GetExchangeAsync(new V1.GetExchangeRequest { ExchangeId = exchange.Id })).Exchange;

        Assert.Equal(exchange, read);
        Assert.Contains(await factory.AuditOfAsync(ExchangesAudit.Exchange, exchange.Id), r => r.Justification == ExchangesAudit.ReadJustification);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Exchanges(ExchangeRequests.UkBorderForceCoordinator).GetExchangeAsync(
            new V1.GetExchangeRequest { ExchangeId = exchange.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.Exchanges().GetExchangeAsync(
            new V1.GetExchangeRequest { ExchangeId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("exchange_id", () => factory.Exchanges().GetExchangeAsync(new V1.GetExchangeRequest()).ResponseAsync);
    }
}

/// <summary>Agency ids of the development personas, as the wire carries them.</summary>
internal static class DevelopmentPersonasIds
{
    public static readonly string UkBorderForce = BuildingBlocks.Security.Development.DevelopmentPersonas.UkBorderForce.ToString();
}
