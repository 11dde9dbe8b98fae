using Cooperation.BuildingBlocks.Domain;
using Google.Protobuf.WellKnownTypes;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>Domain meetings to their wire form.</summary>
internal static class MeetingMapper
{
    public static V1.Meeting ToWire(
        Meeting meeting, IReadOnlyList<AgendaItem> agenda, IEnumerable<Decision> decisions, IEnumerable<ActionItem> actionItems, DateOnly today)
    {
        var wire = new V1.Meeting
        {
            MeetingId = meeting.Id.ToString(),
            Status = ToWire(meeting.Status),
            ScheduledOn = WireDate.Format(meeting.ScheduledOn),
            Location = meeting.Location,
            Format = ToWire(meeting.Format),
            HeldOn = WireDate.Format(meeting.HeldOn),
            Minutes = meeting.Minutes ?? string.Empty,
            BothParticipantsPresent = meeting.BothParticipantsPresent,
        };
        wire.Agenda.AddRange(agenda.Select(a => new V1.AgendaItem { Title = a.Title, CarriedActionItemId = a.CarriedActionItemId?.ToString() ?? string.Empty }));
        wire.Attendees.AddRange(meeting.Attendees.Select(a => new V1.Attendee
        {
            OfficialId = a.OfficialId.ToString(),
            AgencyId = a.AgencyId.ToString(),
            Participant = ToWire(a.Participant),
            CoChair = a.CoChair,
        }));
        wire.Decisions.AddRange(decisions.Select(ToWire));
        wire.ActionItems.AddRange(actionItems.Select(i => ToWire(i, today)));
        return wire;
    }

    public static V1.Decision ToWire(Decision decision) => new()
    {
        DecisionId = decision.Id.ToString(),
        MeetingId = decision.MeetingId.ToString(),
        Text = decision.Text,
        Binding = decision.Binding,
        RecordedAt = Timestamp.FromDateTimeOffset(decision.RecordedAt),
        Status = decision.AwaitsConfirmation ? V1.DecisionStatus.PendingConfirmation : V1.DecisionStatus.InForce,
        RecordedBy = ToWire(decision.RecordedBy),
        ConfirmedBy = ToWire(decision.ConfirmedBy),
        ConfirmedAt = decision.ConfirmedAt is { } confirmedAt && decision.Binding ? Timestamp.FromDateTimeOffset(confirmedAt) : null,
    };

    public static V1.Participant ToWire(Participant? participant) => participant switch
    {
        Participant.BG => V1.Participant.Bg,
        Participant.UK => V1.Participant.Uk,
        _ => V1.Participant.Unspecified,
    };

    public static V1.ActionItem ToWire(ActionItem item, DateOnly today) => new()
    {
        ActionItemId = item.Id.ToString(),
        MeetingId = item.MeetingId.ToString(),
        Description = item.Description,
        OwnerOfficialId = item.OwnerOfficialId.ToString(),
        DueOn = WireDate.Format(item.DueOn),
        Status = item.Status switch
        {
            ActionItemStatus.Open => V1.ActionItemStatus.Open,
            ActionItemStatus.Done => V1.ActionItemStatus.Done,
            _ => V1.ActionItemStatus.Cancelled,
        },
        Overdue = item.IsOverdue(today),
    };

    public static V1.MeetingStatus ToWire(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => V1.MeetingStatus.Scheduled,
        MeetingStatus.Held => V1.MeetingStatus.Held,
        _ => V1.MeetingStatus.Cancelled,
    };

    public static MeetingStatus? FromWire(V1.MeetingStatus status) => status switch
    {
        V1.MeetingStatus.Scheduled => MeetingStatus.Scheduled,
        V1.MeetingStatus.Held => MeetingStatus.Held,
        V1.MeetingStatus.Cancelled => MeetingStatus.Cancelled,
        _ => null,
    };

    public static MeetingFormat? FromWire(V1.MeetingFormat format) => format switch
    {
        V1.MeetingFormat.InPerson => MeetingFormat.InPerson,
        V1.MeetingFormat.Virtual => MeetingFormat.Virtual,
        V1.MeetingFormat.Hybrid => MeetingFormat.Hybrid,
        _ => null,
    };

    public static ActionItemStatus? FromWire(V1.ActionItemStatus status) => status switch
    {
        V1.ActionItemStatus.Open => ActionItemStatus.Open,
        V1.ActionItemStatus.Done => ActionItemStatus.Done,
        V1.ActionItemStatus.Cancelled => ActionItemStatus.Cancelled,
        _ => null,
    };

    private static V1.MeetingFormat ToWire(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => V1.MeetingFormat.InPerson,
        MeetingFormat.Virtual => V1.MeetingFormat.Virtual,
        _ => V1.MeetingFormat.Hybrid,
    };
}
