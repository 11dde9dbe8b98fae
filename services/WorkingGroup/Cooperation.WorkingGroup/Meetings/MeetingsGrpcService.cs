using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Cadence;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>Translates the meetings RPCs to the domain: validates, loads, applies the rule, stores, answers the stored meeting.</summary>
internal sealed class MeetingsGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    MeetingRepository meetings,
    ActionItemRepository actionItems,
    ProgrammeQueries programme,
    TimeProvider clock) : V1.MeetingsService.MeetingsServiceBase
{
    private const int MaxAgendaItems = 50;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public override async Task<V1.ScheduleMeetingResponse> ScheduleMeeting(V1.ScheduleMeetingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var scheduledOn = validator.RequireDate(request.ScheduledOn, "scheduled_on");
        validator.RequireText(request.Location, "location", 200);
        var format = MeetingMapper.FromWire(request.Format);
        validator.Require(format is not null, "format", "must be IN_PERSON, VIRTUAL or HYBRID");
        ValidateAgenda(request.AgendaItems, validator);
        validator.ThrowIfInvalid();

        var ct = context.CancellationToken;
        var meeting = Meeting.Schedule(Guid.NewGuid(), scheduledOn, request.Location.Trim(), format!.Value, request.AgendaItems.Select(t => t.Trim()),
            await programme.GetEstablishedOnAsync(ct));
        await using (var unitOfWork = await unitOfWorkFactory.BeginAsync(ct))
        {
            await meetings.InsertAsync(unitOfWork, meeting, ct);
            await unitOfWork.CommitAsync(ct);
        }

        return new V1.ScheduleMeetingResponse { Meeting = await ReadAsync(meeting.Id, ct) };
    }

    public override async Task<V1.UpdateAgendaResponse> UpdateAgenda(V1.UpdateAgendaRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        ValidateAgenda(request.AgendaItems, validator);
        validator.ThrowIfInvalid();

        await ChangeAsync(id, m => m.ReplaceAgenda(request.AgendaItems.Select(t => t.Trim())), context.CancellationToken);
        return new V1.UpdateAgendaResponse { Meeting = await ReadAsync(id, context.CancellationToken) };
    }

    public override async Task<V1.CancelMeetingResponse> CancelMeeting(V1.CancelMeetingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.ThrowIfInvalid();

        await ChangeAsync(id, m => m.Cancel(), context.CancellationToken);
        return new V1.CancelMeetingResponse { Meeting = await ReadAsync(id, context.CancellationToken) };
    }

    public override async Task<V1.HoldMeetingResponse> HoldMeeting(V1.HoldMeetingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        var heldOn = validator.RequireDate(request.HeldOn, "held_on");
        validator.Require(heldOn <= Today, "held_on", "must not be after today");
        validator.Require(request.AttendeeOfficialIds.Count > 0, "attendee_official_ids", "must name at least one official");
        var attendeeIds = request.AttendeeOfficialIds.Select((value, i) => validator.RequireId(value, $"attendee_official_ids[{i}]")).ToList();
        validator.Require(attendeeIds.Distinct().Count() == attendeeIds.Count, "attendee_official_ids", "must not repeat an official");
        validator.ThrowIfInvalid();

        var ct = context.CancellationToken;
        var establishedOn = await programme.GetEstablishedOnAsync(ct)
            ?? throw new RuleViolationException(MeetingRules.WorkingGroupMustBeEstablished, "The working group has not been established yet, so it cannot meet.");
        var attendees = await programme.GetOfficialsAsync(attendeeIds, ct);
        var unknown = attendeeIds.FirstOrDefault(a => attendees.All(known => known.OfficialId != a));
        if (unknown != Guid.Empty)
        {
            throw new NotFoundException("official", unknown.ToString());
        }

        var coChairs = await programme.GetServingCoChairsAsync(heldOn, ct);
        await using (var unitOfWork = await unitOfWorkFactory.BeginAsync(ct))
        {
            var meeting = await meetings.GetAsync(unitOfWork, id, ct);
            meeting.Hold(heldOn, attendees, coChairs, establishedOn, await actionItems.GetOpenAsync(unitOfWork, ct));
            await meetings.UpdateAsync(unitOfWork, meeting, ct);
            var quarter = CalendarQuarter.Of(heldOn);
            unitOfWork.Publish(new MeetingHeld
            {
                OccurredAt = clock.GetUtcNow(),
                MeetingId = meeting.Id,
                HeldOn = heldOn,
                Year = quarter.Year,
                Quarter = quarter.Quarter,
                BothParticipantsPresent = meeting.BothParticipantsPresent,
                AttendeeCount = meeting.Attendees.Count,
            });
            await unitOfWork.CommitAsync(ct);
        }

        return new V1.HoldMeetingResponse { Meeting = await ReadAsync(id, ct) };
    }

    public override async Task<V1.RecordMinutesResponse> RecordMinutes(V1.RecordMinutesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.RequireText(request.Minutes, "minutes", 100_000);
        validator.ThrowIfInvalid();

        await ChangeAsync(id, m => m.RecordMinutes(request.Minutes), context.CancellationToken);
        return new V1.RecordMinutesResponse { Meeting = await ReadAsync(id, context.CancellationToken) };
    }

    public override async Task<V1.RecordDecisionResponse> RecordDecision(V1.RecordDecisionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.RequireText(request.Text, "text", 4000);
        validator.ThrowIfInvalid();

        var ct = context.CancellationToken;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(ct);
        var meeting = await meetings.GetAsync(unitOfWork, id, ct);
        var decision = meeting.RecordDecision(Guid.NewGuid(), request.Text.Trim(), request.Binding, clock.GetUtcNow());
        await meetings.InsertDecisionAsync(unitOfWork, decision, ct);
        await unitOfWork.CommitAsync(ct);
        return new V1.RecordDecisionResponse { Decision = MeetingMapper.ToWire(decision) };
    }

    public override async Task<V1.AddActionItemResponse> AddActionItem(V1.AddActionItemRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.RequireText(request.Description, "description", 1000);
        var owner = validator.RequireId(request.OwnerOfficialId, "owner_official_id");
        var dueOn = validator.RequireDate(request.DueOn, "due_on");
        validator.ThrowIfInvalid();

        var ct = context.CancellationToken;
        if ((await programme.GetOfficialsAsync([owner], ct)).Count == 0)
        {
            throw new NotFoundException("official", owner.ToString());
        }

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(ct);
        var meeting = await meetings.GetAsync(unitOfWork, id, ct);
        var item = meeting.AddActionItem(Guid.NewGuid(), request.Description.Trim(), owner, dueOn);
        await actionItems.InsertAsync(unitOfWork, item, ct);
        await unitOfWork.CommitAsync(ct);
        return new V1.AddActionItemResponse { ActionItem = MeetingMapper.ToWire(item, Today) };
    }

    public override async Task<V1.UpdateActionItemStatusResponse> UpdateActionItemStatus(V1.UpdateActionItemStatusRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ActionItemId, "action_item_id");
        var status = MeetingMapper.FromWire(request.Status);
        validator.Require(status is ActionItemStatus.Done or ActionItemStatus.Cancelled, "status", "must be DONE or CANCELLED");
        validator.ThrowIfInvalid();

        var ct = context.CancellationToken;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(ct);
        var item = await actionItems.GetAsync(unitOfWork, id, ct);
        item.Close(status!.Value);
        await actionItems.UpdateStatusAsync(unitOfWork, item, ct);
        await unitOfWork.CommitAsync(ct);
        return new V1.UpdateActionItemStatusResponse { ActionItem = MeetingMapper.ToWire(item, Today) };
    }

    public override async Task<V1.GetMeetingResponse> GetMeeting(V1.GetMeetingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.ThrowIfInvalid();

        return new V1.GetMeetingResponse { Meeting = await ReadAsync(id, context.CancellationToken) };
    }

    public override async Task<V1.ListMeetingsResponse> ListMeetings(V1.ListMeetingsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        DateOnly? from = string.IsNullOrEmpty(request.From) ? null : validator.RequireDate(request.From, "from");
        DateOnly? to = string.IsNullOrEmpty(request.To) ? null : validator.RequireDate(request.To, "to");
        validator.Require(from is null || to is null || from <= to, "to", "must not be before from");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var ct = context.CancellationToken;
        var ids = await meetings.ListIdsAsync(MeetingMapper.FromWire(request.Status), from, to, page, ct);
        var response = new V1.ListMeetingsResponse { NextPageToken = page.NextPageToken(ids.Count) };
        var open = await actionItems.GetOpenAsync(null, ct);
        foreach (var id in ids)
        {
            response.Meetings.Add(await ReadAsync(id, ct, open));
        }

        return response;
    }

    public override async Task<V1.ListActionItemsResponse> ListActionItems(V1.ListActionItemsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        Guid? owner = string.IsNullOrEmpty(request.OwnerOfficialId) ? null : validator.RequireId(request.OwnerOfficialId, "owner_official_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var today = Today;
        var items = await actionItems.ListAsync(owner, MeetingMapper.FromWire(request.Status), request.OverdueOnly ? today : null, page, context.CancellationToken);
        var response = new V1.ListActionItemsResponse { NextPageToken = page.NextPageToken(items.Count) };
        response.ActionItems.AddRange(items.Select(i => MeetingMapper.ToWire(i, today)));
        return response;
    }

    private static void ValidateAgenda(Google.Protobuf.Collections.RepeatedField<string> agendaItems, Validator validator)
    {
        validator.Require(agendaItems.Count <= MaxAgendaItems, "agenda_items", $"must have at most {MaxAgendaItems} items");
        for (var i = 0; i < agendaItems.Count; i++)
        {
            validator.RequireText(agendaItems[i], $"agenda_items[{i}]", 300);
        }
    }

    private async Task ChangeAsync(Guid id, Action<Meeting> change, CancellationToken ct)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(ct);
        var meeting = await meetings.GetAsync(unitOfWork, id, ct);
        change(meeting);
        await meetings.UpdateAsync(unitOfWork, meeting, ct);
        await unitOfWork.CommitAsync(ct);
    }

    private async Task<V1.Meeting> ReadAsync(Guid id, CancellationToken ct, IReadOnlyList<ActionItem>? openActionItems = null)
    {
        var meeting = await meetings.GetAsync(id, ct);
        var agenda = meeting.AgendaWithCarriedItems(openActionItems ?? await actionItems.GetOpenAsync(null, ct));
        return MeetingMapper.ToWire(meeting, agenda, await meetings.GetDecisionsAsync(id, ct), await actionItems.GetByMeetingAsync(id, ct), Today);
    }
}
