using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Cadence;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Translates the meetings RPCs to the domain: validates, loads, applies the rule, stores with its
/// audit record, answers the stored meeting. Decisions and action items are in the other parts of
/// this class. Every RPC names its policy; acts of the group are the co-chairs' (ChairWorkingGroup).
/// </summary>
internal sealed partial class MeetingsGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    MeetingRepository meetings,
    ActionItemRepository actionItems,
    ProgrammeQueries programme,
    TimeProvider clock) : V1.MeetingsService.MeetingsServiceBase
{
    private const int MaxAgendaItems = 50;
    private const string MeetingResource = "Meeting";
    private const string DecisionResource = "Decision";
    private const string ActionItemResource = "ActionItem";

    private DateOnly Today => clock.Today();

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.ScheduleMeetingResponse> ScheduleMeeting(V1.ScheduleMeetingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var scheduledOn = validator.RequireDate(request.ScheduledOn, "scheduled_on");
        validator.RequireText(request.Location, "location", 200);
        var format = WireEnums.FromWire<V1.MeetingFormat, MeetingFormat>(request.Format);
        validator.Require(format is not null, "format", "must be IN_PERSON, VIRTUAL or HYBRID");
        ValidateAgenda(request.AgendaItems, validator);
        validator.ThrowIfInvalid();

        var ct = context.CancellationToken;
        var meeting = Meeting.Schedule(Guid.NewGuid(), scheduledOn, request.Location.Trim(), format!.Value, request.AgendaItems.Select(t => t.Trim()),
            await programme.GetEstablishedOnAsync(ct));
        await using (var unitOfWork = await unitOfWorkFactory.BeginAsync(ct))
        {
            await meetings.InsertAsync(unitOfWork, meeting, ct);
            unitOfWork.Audit(AuditOf(context, nameof(ScheduleMeeting), AuditAction.Create, MeetingResource, meeting.Id,
                "scheduled_on", "location", "format", "agenda_items"));
            await unitOfWork.CommitAsync(ct);
        }

        return new V1.ScheduleMeetingResponse { Meeting = await ReadAsync(meeting.Id, ct) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.UpdateAgendaResponse> UpdateAgenda(V1.UpdateAgendaRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        ValidateAgenda(request.AgendaItems, validator);
        validator.ThrowIfInvalid();

        await ChangeAsync(id, m => m.ReplaceAgenda(request.AgendaItems.Select(t => t.Trim())),
            AuditOf(context, nameof(UpdateAgenda), AuditAction.Update, MeetingResource, id, "agenda_items"), context.CancellationToken);
        return new V1.UpdateAgendaResponse { Meeting = await ReadAsync(id, context.CancellationToken) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.CancelMeetingResponse> CancelMeeting(V1.CancelMeetingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.ThrowIfInvalid();

        await ChangeAsync(id, m => m.Cancel(), AuditOf(context, nameof(CancelMeeting), AuditAction.Update, MeetingResource, id, "status"), context.CancellationToken);
        return new V1.CancelMeetingResponse { Meeting = await ReadAsync(id, context.CancellationToken) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
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
        await using (var unitOfWork = await unitOfWorkFactory.BeginAsync(ct))
        {
            // Who attended and who chairs are read in the transaction that records the meeting as held.
            var establishedOn = await ProgrammeQueries.GetEstablishedOnAsync(unitOfWork, ct)
                ?? throw new RuleViolationException(MeetingRules.WorkingGroupMustBeEstablished, "The working group has not been established yet, so it cannot meet.");
            var attendees = await ProgrammeQueries.GetOfficialsAsync(unitOfWork, attendeeIds, ct);
            var unknown = attendeeIds.FirstOrDefault(a => attendees.All(known => known.OfficialId != a));
            if (unknown != Guid.Empty)
            {
                throw new NotFoundException("official", unknown.ToString());
            }

            var coChairs = await ProgrammeQueries.GetServingCoChairsAsync(unitOfWork, heldOn, ct);
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
            unitOfWork.Audit(AuditOf(context, nameof(HoldMeeting), AuditAction.Update, MeetingResource, meeting.Id,
                "status", "held_on", "attendees", "agenda_items"));
            await unitOfWork.CommitAsync(ct);
        }

        return new V1.HoldMeetingResponse { Meeting = await ReadAsync(id, ct) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.RecordMinutesResponse> RecordMinutes(V1.RecordMinutesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.RequireText(request.Minutes, "minutes", 100_000);
        validator.ThrowIfInvalid();

        await ChangeAsync(id, m => m.RecordMinutes(request.Minutes),
            AuditOf(context, nameof(RecordMinutes), AuditAction.Update, MeetingResource, id, "minutes"), context.CancellationToken);
        return new V1.RecordMinutesResponse { Meeting = await ReadAsync(id, context.CancellationToken) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetMeetingResponse> GetMeeting(V1.GetMeetingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.ThrowIfInvalid();

        return new V1.GetMeetingResponse { Meeting = await ReadAsync(id, context.CancellationToken) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListMeetingsResponse> ListMeetings(V1.ListMeetingsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var status = validator.OptionalEnum<V1.MeetingStatus, MeetingStatus>(request.Status, "status");
        var from = validator.OptionalDate(request.From, "from");
        var to = validator.OptionalDate(request.To, "to");
        validator.Require(from is null || to is null || from <= to, "to", "must not be before from");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var ct = context.CancellationToken;
        var ids = await meetings.ListIdsAsync(status, from, to, page, ct);
        var response = new V1.ListMeetingsResponse { NextPageToken = page.NextPageToken(ids.Count) };
        var open = await actionItems.GetOpenAsync(null, ct);
        foreach (var id in ids)
        {
            response.Meetings.Add(await ReadAsync(id, ct, open));
        }

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

    private async Task ChangeAsync(Guid id, Action<Meeting> change, AuditEntry audit, CancellationToken ct)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(ct);
        var meeting = await meetings.GetAsync(unitOfWork, id, ct);
        change(meeting);
        await meetings.UpdateAsync(unitOfWork, meeting, ct);
        unitOfWork.Audit(audit);
        await unitOfWork.CommitAsync(ct);
    }

    /// <summary>The audit record of a write by the caller: the RPC, the resource and the names of the fields it changed.</summary>
    private static AuditEntry AuditOf(ServerCallContext context, string operation, AuditAction action, string resourceType, Guid resourceId, params string[] fields) =>
        new(AuditActor.From(context.GetCaller()), operation, action, resourceType, resourceId.ToString()) { Fields = fields };

    private async Task<V1.Meeting> ReadAsync(Guid id, CancellationToken ct, IReadOnlyList<ActionItem>? openActionItems = null)
    {
        var meeting = await meetings.GetAsync(id, ct);
        var agenda = meeting.AgendaWithCarriedItems(openActionItems ?? await actionItems.GetOpenAsync(null, ct));
        return MeetingMapper.ToWire(meeting, agenda, await meetings.GetDecisionsAsync(id, ct), await actionItems.GetByMeetingAsync(id, ct), Today);
    }
}
