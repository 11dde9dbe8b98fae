using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>Domain meetings to their wire form, and the meeting enums both ways.</summary>
internal static class MeetingWire
{
    /// <summary>A meeting as read: its decisions, its own action items, and the open ones the next scheduled meeting's agenda carries.</summary>
    public static V1.Meeting ToWire(Meeting meeting, ILookup<Guid, Decision> decisions, MeetingActionItems actionItems, DateOnly today)
    {
        var agenda = meeting.AgendaWithCarriedItems(actionItems.Open, actionItems.NextScheduledMeetingId);
        var wire = new V1.Meeting
        {
            Id = meeting.Id.ToString(),
            Status = WireEnums.ToWire<MeetingStatus, V1.MeetingStatus>(meeting.Status),
            ScheduledOn = WireDate.ToWire(meeting.ScheduledOn),
            Location = meeting.Location,
            Format = WireEnums.ToWire<MeetingFormat, V1.MeetingFormat>(meeting.Format),
            HeldOn = WireDate.ToWire(meeting.HeldOn),
            Minutes = meeting.Minutes ?? string.Empty,
            BothParticipantsPresent = meeting.BothParticipantsPresent,
        };
        wire.Agenda.AddRange(agenda.Select(a => new V1.AgendaItem { Title = a.Title, CarriedActionItemId = a.CarriedActionItemId?.ToString() ?? string.Empty }));
        wire.Attendees.AddRange(meeting.Attendees.Select(a => new V1.Attendee
        {
            OfficialId = a.OfficialId.ToString(),
            AgencyId = a.AgencyId.ToString(),
            Participant = WireParticipant.ToWire(a.Participant),
            CoChair = a.CoChair,
        }));
        wire.Decisions.AddRange(decisions[meeting.Id].Select(ToWire));
        wire.ActionItems.AddRange(actionItems.ByMeeting[meeting.Id].Select(i => ToWire(i, today)));
        return wire;
    }

    public static V1.Decision ToWire(Decision decision) => new()
    {
        Id = decision.Id.ToString(),
        MeetingId = decision.MeetingId.ToString(),
        Text = decision.Text,
        Binding = decision.Binding,
        RecordedAt = WireInstant.ToWire(decision.RecordedAt),
        Status = ToWire(decision.AwaitsConfirmation),
        RecordedBy = WireParticipant.ToWire(decision.RecordedBy),
        ConfirmedBy = WireParticipant.ToWire(decision.ConfirmedBy),
        ConfirmedAt = decision.Binding ? WireInstant.ToWire(decision.ConfirmedAt) : null,
    };

    /// <summary>The announcement of an item marked done on <paramref name="closedOn"/>, whichever call closed it.</summary>
    public static ActionItemClosed Closed(ActionItem item, DateOnly closedOn) => new()
    {
        ActionItemId = item.Id,
        MeetingId = item.MeetingId,
        DueOn = item.DueOn,
        ClosedOn = closedOn,
        OnTime = item.WasOnTime(closedOn),
    };

    public static V1.ActionItem ToWire(ActionItem item, DateOnly today) => new()
    {
        Id = item.Id.ToString(),
        MeetingId = item.MeetingId.ToString(),
        Description = item.Description,
        OwnerOfficialId = item.OwnerOfficialId.ToString(),
        DueOn = WireDate.ToWire(item.DueOn),
        Status = WireEnums.ToWire<ActionItemStatus, V1.ActionItemStatus>(item.Status),
        Overdue = item.IsOverdue(today),
    };

    /// <summary>The domain keeps a decision's standing as "awaits confirmation"; the wire names it.</summary>
    public static V1.DecisionStatus ToWire(bool awaitsConfirmation) =>
        awaitsConfirmation ? V1.DecisionStatus.PendingConfirmation : V1.DecisionStatus.InForce;

    /// <summary>Whether <paramref name="status"/> means "awaits confirmation"; null for UNSPECIFIED or an unknown number.</summary>
    public static bool? AwaitsConfirmation(V1.DecisionStatus status) => status switch
    {
        V1.DecisionStatus.PendingConfirmation => true,
        V1.DecisionStatus.InForce => false,
        _ => null,
    };
}
