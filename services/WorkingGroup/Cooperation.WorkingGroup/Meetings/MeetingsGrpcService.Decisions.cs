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
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var meeting = await meetings.GetAsync(unitOfWork, id);
        var decision = meeting.RecordDecision(Guid.NewGuid(), request.Text.Trim(), request.Binding, clock.StoredNow(), recordedBy);
        await meetings.InsertDecisionAsync(unitOfWork, decision);
        unitOfWork.Audit(AuditAction.Create, MeetingsAudit.Decision, decision.Id, ["meeting_id", "text", "binding", "recorded_by"]);
        await unitOfWork.CommitAsync();
        return new V1.RecordDecisionResponse { Decision = MeetingWire.ToWire(decision) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.ConfirmDecisionResponse> ConfirmDecision(V1.ConfirmDecisionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.DecisionId, "decision_id");
        validator.ThrowIfInvalid();

        var confirmedBy = ParticipantOf(context.GetCaller());
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var decision = await meetings.FindDecisionAsync(unitOfWork, id) ?? throw new NotFoundException("decision", id.ToString());
        var confirmed = decision.Confirm(confirmedBy, clock.StoredNow());
        if (!await meetings.ConfirmDecisionAsync(unitOfWork, confirmed))
        {
            // The other co-chair's confirmation committed between our read and our write.
            throw new RuleViolationException(MeetingRules.DecisionIsConfirmedOnce, $"Decision {id} was already confirmed.");
        }

        unitOfWork.Audit(AuditAction.Update, MeetingsAudit.Decision, id, ["confirmed_by", "confirmed_at"]);
        await unitOfWork.CommitAsync();
        return new V1.ConfirmDecisionResponse { Decision = MeetingWire.ToWire(confirmed) };
    }

    /// <summary>A decision is recorded and confirmed for a participant, so the co-chair's token must name one.</summary>
    private static Participant ParticipantOf(Caller caller) =>
        caller.Participant ?? throw new PermissionDeniedException(
            "MISSING_PARTICIPANT", "A co-chair records and confirms decisions for a participant; the caller's token names none.");
}
