using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Meetings;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>
/// Operational debriefs (¶4d): recorded and read by the agencies involved, read by the co-chairs;
/// their corrective actions are the working group's action items until closed.
/// </summary>
internal sealed class DebriefsGrpcService(
    DebriefRepository debriefs, ActionItemRepository actionItems, CorrectiveActionItems correctiveActionItems,
    IUnitOfWorkFactory unitOfWorkFactory, IDbConnectionFactory connections, TimeProvider time)
    : V1.DebriefsService.DebriefsServiceBase
{
    [Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]
    public override async Task<V1.RecordDebriefResponse> RecordDebrief(V1.RecordDebriefRequest request, ServerCallContext context)
    {
        var draft = DebriefRequest.Read(request);
        var caller = context.GetCaller();
        DebriefAccess.EnsureCanRecord(caller, draft.AgencyIds);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var named = draft.AgencyIds.Concat(draft.CorrectiveActions.Select(a => a.OwnerAgencyId)).Distinct().ToList();
        var registered = await debriefs.AgenciesAsync(unitOfWork, named);
        if (named.FirstOrDefault(id => registered.All(a => a.AgencyId != id)) is var unknown && unknown != Guid.Empty)
        {
            throw new NotFoundException("agency", unknown.ToString());
        }

        var officialIds = draft.CorrectiveActions.Select(a => a.OwnerOfficialId).Distinct().ToList();
        var agencyOfOfficial = officialIds.Count == 0 ? new Dictionary<Guid, Guid>() : await debriefs.AgencyOfOfficialsAsync(unitOfWork, officialIds);
        if (officialIds.FirstOrDefault(id => !agencyOfOfficial.ContainsKey(id)) is var absent && absent != Guid.Empty)
        {
            throw new NotFoundException("official", absent.ToString());
        }

        var heldMeeting = draft.CorrectiveActions.Count == 0 ? null : await debriefs.LatestHeldMeetingAsync(unitOfWork);
        var involved = registered.Where(a => draft.AgencyIds.Contains(a.AgencyId)).ToList();
        var debrief = Debrief.Record(draft, involved, agencyOfOfficial, heldMeeting, caller.AgencyId!.Value, time.GetUtcNow());

        // The action items first: each corrective action names the item that carries it.
        foreach (var action in debrief.CorrectiveActions)
        {
            await actionItems.InsertAsync(unitOfWork, new ActionItem(action.ActionItemId, heldMeeting!.Value,
                $"Corrective action ({debrief.OperationReference}): {action.Description}", action.OwnerOfficialId, action.DueOn, ActionItemStatus.Open));
            unitOfWork.Audit(AuditAction.Create, MeetingsAudit.ActionItem, action.ActionItemId, DebriefsAudit.ActionItemFields);
            unitOfWork.Audit(AuditAction.Create, DebriefsAudit.CorrectiveAction, action.Id, DebriefsAudit.CorrectiveActionFields);
        }

        await debriefs.AddAsync(unitOfWork, debrief);
        unitOfWork.Audit(AuditAction.Create, DebriefsAudit.Debrief, debrief.Id, DebriefsAudit.RecordedFields);
        unitOfWork.Publish(DebriefWire.Recorded(debrief));
        await unitOfWork.CommitAsync();
        return new V1.RecordDebriefResponse { Debrief = DebriefWire.ToWire(debrief, time.Today()) };
    }

    /// <remarks>One database command.</remarks>
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetDebriefResponse> GetDebrief(V1.GetDebriefRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.DebriefId, "debrief_id");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var debrief = await debriefs.GetAsync(session, id);
        DebriefAccess.EnsureCanRead(caller, debrief);
        return new V1.GetDebriefResponse { Debrief = DebriefWire.ToWire(debrief, time.Today()) };
    }

    /// <remarks>Two database commands whatever the page size.</remarks>
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListDebriefsResponse> ListDebriefs(V1.ListDebriefsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var agency = validator.OptionalId(request.AgencyId, "agency_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var scope = DebriefAccess.ListScope(context.GetCaller(), agency);
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await debriefs.ListAsync(session, scope, page);
        var today = time.Today();
        var response = new V1.ListDebriefsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Debriefs.AddRange(found.Select(d => DebriefWire.ToWire(d, today)));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]
    public override async Task<V1.CloseCorrectiveActionResponse> CloseCorrectiveAction(V1.CloseCorrectiveActionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.CorrectiveActionId, "corrective_action_id");
        var outcome = validator.RequireEnum<V1.CorrectiveActionStatus, CorrectiveActionStatus>(request.Outcome, "outcome");
        validator.Require(outcome != CorrectiveActionStatus.Open, "outcome", "must be DONE or CANCELLED");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        var today = time.Today();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var action = await debriefs.GetActionAsync(unitOfWork, id);
        DebriefAccess.EnsureCanClose(caller, action);
        action.Close(outcome!.Value, today);
        if (!await debriefs.CloseAsync(unitOfWork, action))
        {
            throw new RuleViolationException(DebriefRules.ClosedCorrectiveActionsStayClosed, $"Corrective action {id} was closed by another call.");
        }

        unitOfWork.Audit(AuditAction.Update, DebriefsAudit.CorrectiveAction, action.Id, DebriefsAudit.ClosedFields);

        // Its action item leaves the agendas with it (unless the meeting closed the item already).
        await correctiveActionItems.CloseItemOfActionAsync(unitOfWork, action, today);

        var owner = (await debriefs.AgenciesAsync(unitOfWork, [action.OwnerAgencyId])).Single();
        unitOfWork.Publish(DebriefWire.Closed(action, owner));
        await unitOfWork.CommitAsync();
        return new V1.CloseCorrectiveActionResponse { CorrectiveAction = DebriefWire.ToWire(action, today) };
    }

    [Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]
    public override async Task<V1.PublishBestPracticeNoteResponse> PublishBestPracticeNote(V1.PublishBestPracticeNoteRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.DebriefId, "debrief_id");
        validator.RequireText(request.Title, "title", BestPracticeNote.MaxTitleLength);
        validator.RequireText(request.Text, "text", BestPracticeNote.MaxTextLength);
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var debrief = await debriefs.GetAsync(unitOfWork, id);
        DebriefAccess.EnsureCanPublish(caller, debrief);
        var agency = caller.AgencyId ?? throw new PermissionDeniedException("MISSING_AGENCY", "A best-practice note is published by an agency; the token names none.");
        var note = debrief.PublishNote(request.Title.Trim(), request.Text.Trim(), agency, time.GetUtcNow());
        if (!await debriefs.AddNoteAsync(unitOfWork, note))
        {
            throw new RuleViolationException(DebriefRules.BestPracticeNotePublishedOnce, $"The debrief {id} published its note in another call.");
        }

        unitOfWork.Audit(AuditAction.Create, DebriefsAudit.BestPracticeNote, debrief.Id, DebriefsAudit.NoteFields);
        await unitOfWork.CommitAsync();
        return new V1.PublishBestPracticeNoteResponse { Note = DebriefWire.ToWire(note) };
    }

    /// <remarks>One database command whatever the page size.</remarks>
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListBestPracticeNotesResponse> ListBestPracticeNotes(V1.ListBestPracticeNotesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var notes = await debriefs.ListNotesAsync(session, page);
        var response = new V1.ListBestPracticeNotesResponse { NextPageToken = page.NextPageToken(notes.Count) };
        response.Notes.AddRange(notes.Select(DebriefWire.ToWire));
        return response;
    }
}
