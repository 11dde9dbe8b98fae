using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Training.Cascades;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Exchanges;

/// <summary>
/// The exchanges' RPCs: validate, check who may act, load the exchange locked, let
/// <see cref="Exchange"/> apply the rule, save, announce, audit, answer.
/// </summary>
internal sealed class ExchangesGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    ExchangeRepository exchanges,
    CascadeRepository cascades,
    IOptions<CascadeSettings> cascadeSettings,
    TimeProvider clock) : V1.ExchangesService.ExchangesServiceBase
{
    private const int MaxReasonLength = 1000;

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.ProposeExchangeResponse> ProposeExchange(V1.ProposeExchangeRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var kind = validator.RequireEnum<V1.ExchangeKind, ExchangeKind>(request.Kind, "kind");
        var guestOfficialId = validator.RequireId(request.GuestOfficialId, "guest_official_id");
        var guestAgencyId = validator.RequireId(request.GuestAgencyId, "guest_agency_id");
        var guestParticipant = validator.RequireParticipant(request.GuestParticipant, "guest_participant");
        var hostAgencyId = validator.RequireId(request.HostAgencyId, "host_agency_id");
        var hostParticipant = validator.RequireParticipant(request.HostParticipant, "host_participant");
        var replacementId = validator.OptionalId(request.ReplacementOfficialId, "replacement_official_id");
        var leg = validator.ReadLeg(request.Leg, "leg");
        var partnerId = validator.OptionalId(request.PartnerExchangeId, "partner_exchange_id");
        validator.Require(hostAgencyId == Guid.Empty || hostAgencyId != guestAgencyId, "host_agency_id", "must be another agency than the guest's");
        validator.Require(replacementId is null || replacementId != guestOfficialId, "replacement_official_id", "must be another official than the guest");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        caller.EnsureCanPropose(guestAgencyId, guestParticipant!.Value);
        var now = clock.GetUtcNow();
        var exchange = new Exchange(Guid.NewGuid(), kind!.Value, guestOfficialId, guestAgencyId, guestParticipant.Value,
            hostAgencyId, hostParticipant!.Value, replacementId, leg, caller.Subject, now);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await EnsureOfficialsOfTheGuestAgencyAsync(unitOfWork, exchange, now);
        await exchanges.InsertAsync(unitOfWork, exchange);
        unitOfWork.Audit(AuditAction.Create, ExchangesAudit.Exchange, exchange.Id, ExchangesAudit.ProposedFields);
        if (partnerId is { } id)
        {
            var partner = await exchanges.GetForUpdateAsync(unitOfWork, id);
            caller.EnsureTakesPart(partner);
            ExchangePairing.Pair(exchange, partner, preMatched: true);
            await SavePairAsync(unitOfWork, exchange, partner);
        }

        await unitOfWork.CommitAsync();
        return new V1.ProposeExchangeResponse { Exchange = ExchangesWire.ToWire(exchange) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.MatchExchangesResponse> MatchExchanges(V1.MatchExchangesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var exchangeId = validator.RequireId(request.ExchangeId, "exchange_id");
        var partnerId = validator.RequireId(request.PartnerExchangeId, "partner_exchange_id");
        validator.Require(partnerId == Guid.Empty || partnerId != exchangeId, "partner_exchange_id", "must name another exchange");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var pair = await exchanges.GetForUpdateAsync(unitOfWork, [exchangeId, partnerId]);
        caller.EnsureTakesPart(pair[0]);
        caller.EnsureTakesPart(pair[1]);
        ExchangePairing.Pair(pair[0], pair[1], preMatched: false);
        await SavePairAsync(unitOfWork, pair[0], pair[1]);
        await unitOfWork.CommitAsync();
        return new V1.MatchExchangesResponse { Exchange = ExchangesWire.ToWire(pair[0]), Partner = ExchangesWire.ToWire(pair[1]) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.ApproveExchangeResponse> ApproveExchange(V1.ApproveExchangeRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var exchangeId = validator.RequireId(request.ExchangeId, "exchange_id");
        validator.RequireText(request.Reason, "reason", MaxReasonLength);
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var exchange = await exchanges.GetForUpdateAsync(unitOfWork, exchangeId);
        var approval = exchange.Approve(caller.ApprovingAgency(exchange), caller.Subject, request.Reason.Trim(), clock.GetUtcNow());
        await exchanges.InsertApprovalAsync(unitOfWork, exchange.Id, approval);
        await exchanges.UpdateAsync(unitOfWork, exchange);
        unitOfWork.Audit(AuditAction.Update, ExchangesAudit.Exchange, exchange.Id, ["approvals", "status"]);
        await unitOfWork.CommitAsync();
        return new V1.ApproveExchangeResponse { Exchange = ExchangesWire.ToWire(exchange) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.StartExchangeResponse> StartExchange(V1.StartExchangeRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var exchangeId = validator.RequireId(request.ExchangeId, "exchange_id");
        var startedOn = validator.RequireDate(request.StartedOn, "started_on");
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var exchange = await exchanges.GetForUpdateAsync(unitOfWork, exchangeId);
        context.GetCaller().EnsureCanActFor(exchange.HostAgencyId, exchange.HostParticipant);
        exchange.Start(startedOn);
        await exchanges.UpdateAsync(unitOfWork, exchange);
        unitOfWork.Publish(new ExchangeStarted
        {
            ExchangeId = exchange.Id, Kind = StoredEnums.ToStored(exchange.Kind), GuestOfficialId = exchange.GuestOfficialId,
            GuestAgencyId = exchange.GuestAgencyId, GuestParticipant = ParticipantCode.Of(exchange.GuestParticipant),
            HostAgencyId = exchange.HostAgencyId, HostParticipant = ParticipantCode.Of(exchange.HostParticipant), StartedOn = startedOn,
        });
        unitOfWork.Audit(AuditAction.Update, ExchangesAudit.Exchange, exchange.Id, ["status", "started_on"]);
        await unitOfWork.CommitAsync();
        return new V1.StartExchangeResponse { Exchange = ExchangesWire.ToWire(exchange) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.CompleteExchangeResponse> CompleteExchange(V1.CompleteExchangeRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var exchangeId = validator.RequireId(request.ExchangeId, "exchange_id");
        var completedOn = validator.RequireDate(request.CompletedOn, "completed_on");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var exchange = await exchanges.GetForUpdateAsync(unitOfWork, exchangeId);
        caller.EnsureCanActFor(exchange.HostAgencyId, exchange.HostParticipant);
        exchange.Complete(completedOn);
        await exchanges.UpdateAsync(unitOfWork, exchange);
        unitOfWork.Publish(new ExchangeCompleted
        {
            ExchangeId = exchange.Id, Kind = StoredEnums.ToStored(exchange.Kind), GuestOfficialId = exchange.GuestOfficialId,
            GuestAgencyId = exchange.GuestAgencyId, GuestParticipant = ParticipantCode.Of(exchange.GuestParticipant),
            HostAgencyId = exchange.HostAgencyId, HostParticipant = ParticipantCode.Of(exchange.HostParticipant), CompletedOn = completedOn,
        });
        unitOfWork.Audit(AuditAction.Update, ExchangesAudit.Exchange, exchange.Id, ["status", "completed_on"]);

        // The returning guest owes a cascade of what they learnt (¶4b).
        var commitment = new CascadeCommitment(Guid.NewGuid(), exchange.GuestOfficialId, exchange.GuestAgencyId, exchange.GuestParticipant,
            exchange.Id, null, CascadeDeadline.DueAfterExchange(completedOn, cascadeSettings.Value.DueAfterDays), caller.Subject,
            clock.GetUtcNow(), null, []);
        await cascades.TryInsertAsync(unitOfWork, commitment);
        unitOfWork.Audit(AuditAction.Create, CascadesAudit.Commitment, commitment.Id, CascadesAudit.CommittedFields);
        await unitOfWork.CommitAsync();
        return new V1.CompleteExchangeResponse { Exchange = ExchangesWire.ToWire(exchange), CascadeCommitmentId = commitment.Id.ToString() };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.WithdrawExchangeResponse> WithdrawExchange(V1.WithdrawExchangeRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var exchangeId = validator.RequireId(request.ExchangeId, "exchange_id");
        validator.RequireText(request.Reason, "reason", MaxReasonLength);
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var exchange = await exchanges.GetForUpdateAsync(unitOfWork, exchangeId);
        caller.EnsureTakesPart(exchange);
        exchange.Withdraw(caller.Subject, request.Reason.Trim(), clock.GetUtcNow());
        await exchanges.UpdateAsync(unitOfWork, exchange);
        unitOfWork.Audit(AuditAction.Update, ExchangesAudit.Exchange, exchange.Id, ["status", "withdrawn_at", "withdrawal_reason"]);
        await unitOfWork.CommitAsync();
        return new V1.WithdrawExchangeResponse { Exchange = ExchangesWire.ToWire(exchange) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.GetExchangeResponse> GetExchange(V1.GetExchangeRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var exchangeId = validator.RequireId(request.ExchangeId, "exchange_id");
        validator.ThrowIfInvalid();

        // Official ids are personal data (¶7): the read happens in a unit of work that audits it.
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var exchange = await exchanges.GetAsync(unitOfWork, exchangeId);
        context.GetCaller().EnsureTakesPart(exchange);
        unitOfWork.Audit(AuditAction.Read, ExchangesAudit.Exchange, exchange.Id, ["guest_official_id", "replacement_official_id"],
            justification: ExchangesAudit.ReadJustification);
        await unitOfWork.CommitAsync();
        return new V1.GetExchangeResponse { Exchange = ExchangesWire.ToWire(exchange) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.ListExchangesResponse> ListExchanges(V1.ListExchangesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var agencyId = validator.OptionalId(request.AgencyId, "agency_id");
        var status = validator.OptionalEnum<V1.ExchangeStatus, ExchangeStatus>(request.Status, "status");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        // A co-chair lists any agency's exchanges; a coordinator their own agency's (PermissionDenied for another's).
        var readable = context.GetCaller().ReadableAgency(agencyId);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var found = await exchanges.ListAsync(unitOfWork, readable, status, page);
        foreach (var exchange in found)
        {
            unitOfWork.Audit(AuditAction.Read, ExchangesAudit.Exchange, exchange.Id, ["guest_official_id", "replacement_official_id"],
                justification: ExchangesAudit.ReadJustification);
        }

        // Nothing read, nothing to record: the read-only transaction rolls back.
        if (found.Count > 0)
        {
            await unitOfWork.CommitAsync();
        }

        var response = new V1.ListExchangesResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Exchanges.AddRange(found.Select(ExchangesWire.ToWire));
        return response;
    }

    // The guest is the proposing agency's own official (the first agency to put them forward owns
    // them here); a named replacement is an official of the same agency, if the programme knows them.
    private async Task EnsureOfficialsOfTheGuestAgencyAsync(IUnitOfWork unitOfWork, Exchange exchange, DateTimeOffset now)
    {
        if (await exchanges.ClaimTraineeAsync(unitOfWork, exchange.GuestOfficialId, exchange.GuestAgencyId, exchange.GuestParticipant, now) != exchange.GuestAgencyId)
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD",
                $"Official {exchange.GuestOfficialId} was put forward by another agency; an agency proposes its own officials only.");
        }

        if (exchange.ReplacementOfficialId is { } replacement
            && await exchanges.AgencyOfTraineeAsync(unitOfWork, replacement) is { } owner && owner != exchange.GuestAgencyId)
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD",
                $"Official {replacement} belongs to another agency; the replacement is an official of the guest's agency.");
        }
    }

    private async Task SavePairAsync(IUnitOfWork unitOfWork, Exchange exchange, Exchange partner)
    {
        await exchanges.UpdateAsync(unitOfWork, exchange);
        await exchanges.UpdateAsync(unitOfWork, partner);
        unitOfWork.Audit(AuditAction.Update, ExchangesAudit.Exchange, exchange.Id, ["partner_exchange_id", "pre_matched"]);
        unitOfWork.Audit(AuditAction.Update, ExchangesAudit.Exchange, partner.Id, ["partner_exchange_id", "pre_matched"]);
    }
}
