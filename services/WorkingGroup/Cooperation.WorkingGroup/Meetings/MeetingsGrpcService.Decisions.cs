using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Decisions: recorded by the co-chair of one participant; a binding one is confirmed by the
/// co-chair of the other before it is in force. Both steps are audited.
/// </summary>
internal sealed partial class MeetingsGrpcService
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.RecordDecisionResponse> RecordDecision(V1.RecordDecisionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.RequireText(request.Text, "text", 4000);
        validator.ThrowIfInvalid();

        var recordedBy = ParticipantOf(context.GetCaller());
        var ct = context.CancellationToken;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(ct);
        var meeting = await meetings.GetAsync(unitOfWork, id, ct);
        var decision = meeting.RecordDecision(Guid.NewGuid(), request.Text.Trim(), request.Binding, clock.GetUtcNow(), recordedBy);
        await meetings.InsertDecisionAsync(unitOfWork, decision, ct);
        unitOfWork.Audit(AuditOf(context, nameof(RecordDecision), AuditAction.Create, DecisionResource, decision.Id,
            "meeting_id", "text", "binding", "recorded_by"));
        await unitOfWork.CommitAsync(ct);
        return new V1.RecordDecisionResponse { Decision = MeetingMapper.ToWire(decision) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.ConfirmDecisionResponse> ConfirmDecision(V1.ConfirmDecisionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.DecisionId, "decision_id");
        validator.ThrowIfInvalid();

        var confirmedBy = ParticipantOf(context.GetCaller());
        var ct = context.CancellationToken;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(ct);
        var decision = await meetings.FindDecisionAsync(unitOfWork, id, ct) ?? throw new NotFoundException("decision", id.ToString());
        var confirmed = decision.Confirm(confirmedBy, clock.GetUtcNow());
        if (!await meetings.ConfirmDecisionAsync(unitOfWork, confirmed, ct))
        {
            // The other co-chair's confirmation committed between our read and our write.
            throw new RuleViolationException(MeetingRules.DecisionIsConfirmedOnce, $"Decision {id} was already confirmed.");
        }

        unitOfWork.Audit(AuditOf(context, nameof(ConfirmDecision), AuditAction.Update, DecisionResource, id, "confirmed_by", "confirmed_at"));
        await unitOfWork.CommitAsync(ct);
        return new V1.ConfirmDecisionResponse { Decision = MeetingMapper.ToWire(confirmed) };
    }

    /// <summary>A decision is recorded and confirmed for a participant, so the co-chair's token must name one.</summary>
    private static Participant ParticipantOf(Caller caller) =>
        caller.Participant ?? throw new PermissionDeniedException(
            "MISSING_PARTICIPANT", "A co-chair records and confirms decisions for a participant; the caller's token names none.");
}
