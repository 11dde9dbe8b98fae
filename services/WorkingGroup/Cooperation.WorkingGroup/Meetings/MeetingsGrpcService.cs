using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Officials;
using Cooperation.WorkingGroup.Establishment;
using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Debriefs;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Translates the meetings RPCs to the domain: validates, begins the unit of work, loads, applies
/// the rule, stores with its audit record, answers from the meeting in hand. Decisions and action
/// items are in the other parts of this class. Every RPC names its policy; acts of the group are
/// the co-chairs' (ChairWorkingGroup).
/// </summary>
internal sealed partial class MeetingsGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    MeetingRepository meetings,
    ActionItemRepository actionItems,
    WorkingGroupRepository workingGroups,
    OfficialRepository officials,
    MembershipRepository memberships,
    RiskEscalationRepository riskEscalations,
    CadenceBreachRaiser breaches,
    CorrectiveActionItems correctiveActionItems,
    TimeProvider clock) : V1.MeetingsService.MeetingsServiceBase
{
    private const int MaxAgendaItems = 50;

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

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var meeting = Meeting.Schedule(Guid.NewGuid(), scheduledOn, request.Location.Trim(), format!.Value,
            request.AgendaItems.Select(t => t.Trim()), await workingGroups.GetEstablishedOnAsync(unitOfWork));
        await meetings.InsertAsync(unitOfWork, meeting);
        // Risks escalated while no meeting was scheduled go on this one's agenda.
        var waitingRisks = await riskEscalations.PlacePendingAsync(unitOfWork, meeting.Id);
        if (waitingRisks.Count > 0)
        {
            meeting.ReplaceAgenda([.. meeting.Agenda.Select(a => a.Title), .. waitingRisks.Select(r => r.AgendaTitle)]);
            await meetings.UpdateAsync(unitOfWork, meeting);
        }

        unitOfWork.Audit(AuditAction.Create, MeetingsAudit.Meeting, meeting.Id, ["scheduled_on", "location", "format", "agenda_items"]);
        var answer = await ToWireAsync(unitOfWork, meeting);
        await unitOfWork.CommitAsync();
        return new V1.ScheduleMeetingResponse { Meeting = answer };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.UpdateAgendaResponse> UpdateAgenda(V1.UpdateAgendaRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        ValidateAgenda(request.AgendaItems, validator);
        validator.ThrowIfInvalid();

        var meeting = await ChangeAsync(context, id, m => m.ReplaceAgenda(request.AgendaItems.Select(t => t.Trim())), "agenda_items");
        return new V1.UpdateAgendaResponse { Meeting = meeting };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.CancelMeetingResponse> CancelMeeting(V1.CancelMeetingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.ThrowIfInvalid();

        // A meeting dated in a closed quarter that is cancelled may leave that quarter breached: raised now, with the cancellation.
        return new V1.CancelMeetingResponse
        {
            Meeting = await ChangeAsync(context, id, m => m.Cancel(), ["status"], unitOfWork => breaches.RaiseClosedQuartersAsync(unitOfWork, Today)),
        };
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

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        // Who attended and who chairs are read in the transaction that records the meeting as held.
        var establishedOn = await workingGroups.GetEstablishedOnAsync(unitOfWork)
            ?? throw new RuleViolationException(EstablishmentRules.WorkingGroupMustBeEstablished, "The working group has not been established yet, so it cannot meet.");
        var attendees = (await officials.AffiliationsAsync(unitOfWork, attendeeIds)).Select(a => new Attendee(a.OfficialId, a.AgencyId, a.Participant)).ToList();
        var unknown = attendeeIds.FirstOrDefault(a => attendees.All(known => known.OfficialId != a));
        if (unknown != Guid.Empty)
        {
            throw new NotFoundException("official", unknown.ToString());
        }

        var coChairs = (await memberships.CoChairsServingOnAsync(unitOfWork, heldOn)).Select(c => new CoChair(c.OfficialId, c.Participant)).ToList();
        var meeting = await meetings.GetAsync(unitOfWork, id);
        meeting.Hold(heldOn, attendees, coChairs, establishedOn, await actionItems.GetOpenRaisedBeforeAsync(unitOfWork, heldOn));
        await meetings.UpdateAsync(unitOfWork, meeting);
        var quarter = CalendarQuarter.Of(heldOn);
        unitOfWork.Publish(new MeetingHeld
        {
            MeetingId = meeting.Id,
            HeldOn = heldOn,
            Year = quarter.Year,
            Quarter = quarter.Quarter,
            BothParticipantsPresent = meeting.BothParticipantsPresent,
            AttendeeCount = meeting.Attendees.Count,
        });
        unitOfWork.Audit(AuditAction.Update, MeetingsAudit.Meeting, meeting.Id, ["status", "held_on", "attendees", "agenda_items"]);
        var answer = await ToWireAsync(unitOfWork, meeting);
        await unitOfWork.CommitAsync();
        return new V1.HoldMeetingResponse { Meeting = answer };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.RecordMinutesResponse> RecordMinutes(V1.RecordMinutesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.RequireText(request.Minutes, "minutes", 100_000);
        validator.ThrowIfInvalid();

        return new V1.RecordMinutesResponse { Meeting = await ChangeAsync(context, id, m => m.RecordMinutes(request.Minutes), "minutes") };
    }

    /// <remarks>Four queries: the meeting, its agenda and attendance, its decisions, its and the open action items.</remarks>
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetMeetingResponse> GetMeeting(V1.GetMeetingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetMeetingResponse { Meeting = await ToWireAsync(session, await meetings.GetAsync(session, id)) };
    }

    /// <remarks>Four queries whatever the page size: the page, the agendas and attendance, the decisions, the action items.</remarks>
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

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await meetings.ListAsync(session, status, from, to, page);
        var ids = found.Select(m => m.Id).ToList();
        var decisions = await meetings.GetDecisionsAsync(session, ids);
        var today = Today;
        var items = await actionItems.GetForMeetingsAsync(session, ids, today);
        var response = new V1.ListMeetingsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Meetings.AddRange(found.Select(m => MeetingWire.ToWire(m, decisions, items, today)));
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

    /// <summary>The write shared by the meeting's simple changes: load, change, store, audit the changed fields, answer.</summary>
    private Task<V1.Meeting> ChangeAsync(ServerCallContext context, Guid id, Action<Meeting> change, params string[] fields) =>
        ChangeAsync(context, id, change, fields, then: null);

    /// <summary>As the simple change, with <paramref name="then"/> (if any) run in the same unit of work before it commits.</summary>
    private async Task<V1.Meeting> ChangeAsync(
        ServerCallContext context, Guid id, Action<Meeting> change, string[] fields, Func<IUnitOfWork, Task>? then)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var meeting = await meetings.GetAsync(unitOfWork, id);
        change(meeting);
        await meetings.UpdateAsync(unitOfWork, meeting);
        unitOfWork.Audit(AuditAction.Update, MeetingsAudit.Meeting, meeting.Id, fields);
        if (then is not null)
        {
            await then(unitOfWork);
        }

        var answer = await ToWireAsync(unitOfWork, meeting);
        await unitOfWork.CommitAsync();
        return answer;
    }

    /// <summary>
    /// The wire form of a meeting the caller holds, with what the meeting does not hold itself (its
    /// decisions, its action items, the open items its agenda carries) read in the same session.
    /// </summary>
    private async Task<V1.Meeting> ToWireAsync(IDbSession session, Meeting meeting) =>
        MeetingWire.ToWire(meeting, await meetings.GetDecisionsAsync(session, [meeting.Id]),
            await actionItems.GetForMeetingsAsync(session, [meeting.Id], Today), Today);
}
