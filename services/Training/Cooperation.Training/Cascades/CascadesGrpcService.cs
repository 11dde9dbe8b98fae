using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.Training;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Cascades;

/// <summary>The cascade follow-up's RPCs: commitments for completed trainings, the sessions that meet them, and their list.</summary>
internal sealed class CascadesGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    CascadeRepository cascades,
    TimeProvider clock) : V1.CascadesService.CascadesServiceBase
{
    private const int MaxAudience = 10_000;

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.CommitToCascadeResponse> CommitToCascade(V1.CommitToCascadeRequest request, ServerCallContext context)
    {
        var now = clock.GetUtcNow();
        var validator = new Validator();
        var bookingId = validator.RequireId(request.BookingId, "booking_id");
        var dueOn = validator.RequireDate(request.DueOn, "due_on");
        validator.Require(dueOn == default || dueOn >= DateOnly.FromDateTime(now.UtcDateTime), "due_on", "must be today or later");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var trained = await cascades.TrainedAsync(unitOfWork, bookingId);
        // As nominating: the official's own agency commits them, a co-chair included.
        caller.EnsureCanWriteFor(trained.AgencyId);
        if (trained.Completed != true)
        {
            throw new RuleViolationException(CascadeRules.CascadesFollowACompletedTraining,
                $"Booking {bookingId} is {(trained.Completed is null ? "not assessed yet" : "assessed as not completed")}; a cascade passes on a completed training.");
        }

        var commitment = new CascadeCommitment(Guid.NewGuid(), trained.OfficialId, trained.AgencyId,
            caller.Participant ?? throw new PermissionDeniedException("NO_PARTICIPANT", "The caller acts for no participant."),
            null, bookingId, dueOn, caller.Subject, now, null, []);
        if (!await cascades.TryInsertAsync(unitOfWork, commitment))
        {
            throw new RuleViolationException(CascadeRules.OneCascadeCommitmentPerTraining, $"Booking {bookingId} already has a cascade commitment.");
        }

        unitOfWork.Audit(AuditAction.Create, CascadesAudit.Commitment, commitment.Id, CascadesAudit.CommittedFields);
        await unitOfWork.CommitAsync();
        return new V1.CommitToCascadeResponse { Commitment = CascadesWire.ToWire(commitment) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.RecordCascadeSessionResponse> RecordCascadeSession(V1.RecordCascadeSessionRequest request, ServerCallContext context)
    {
        var now = clock.GetUtcNow();
        var validator = new Validator();
        var commitmentId = validator.RequireId(request.CommitmentId, "commitment_id");
        var deliveredOn = validator.RequireDate(request.DeliveredOn, "delivered_on");
        validator.Require(deliveredOn == default || deliveredOn <= DateOnly.FromDateTime(now.UtcDateTime), "delivered_on", "must not be after today");
        validator.Require(request.AudienceCount is > 0 and <= MaxAudience, "audience_count", $"must be between 1 and {MaxAudience}");
        var agencyId = validator.RequireId(request.AgencyId, "agency_id");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var commitment = await cascades.GetForUpdateAsync(unitOfWork, commitmentId);
        caller.EnsureCanManage(commitment.AgencyId);
        var session = new CascadeSession(Guid.NewGuid(), commitment.Id, deliveredOn, request.AudienceCount, agencyId, caller.Subject, now);
        await cascades.InsertSessionAsync(unitOfWork, session);
        unitOfWork.Publish(new CascadeDelivered
        {
            CascadeSessionId = session.Id, CommitmentId = commitment.Id, OfficialId = commitment.OfficialId, AgencyId = agencyId,
            Participant = ParticipantCode.Of(commitment.Participant), DeliveredOn = deliveredOn, AudienceCount = session.AudienceCount,
        });
        unitOfWork.Audit(AuditAction.Create, CascadesAudit.Session, session.Id, CascadesAudit.SessionFields);
        await unitOfWork.CommitAsync();
        return new V1.RecordCascadeSessionResponse { Session = CascadesWire.ToWire(session), Commitment = CascadesWire.ToWire(commitment.With(session)) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.ListCascadeCommitmentsResponse> ListCascadeCommitments(V1.ListCascadeCommitmentsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var agencyId = validator.OptionalId(request.AgencyId, "agency_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        // A co-chair lists any agency's commitments; a coordinator their own agency's (PermissionDenied for another's).
        var readable = context.GetCaller().ReadableAgency(agencyId);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var found = await cascades.ListAsync(unitOfWork, readable, request.OverdueOnly, page);
        foreach (var commitment in found)
        {
            unitOfWork.Audit(AuditAction.Read, CascadesAudit.Commitment, commitment.Id, ["official_id"], justification: CascadesAudit.ReadJustification);
        }

        // Nothing read, nothing to record: the read-only transaction rolls back.
        if (found.Count > 0)
        {
            await unitOfWork.CommitAsync();
        }

        var response = new V1.ListCascadeCommitmentsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Commitments.AddRange(found.Select(CascadesWire.ToWire));
        return response;
    }
}
