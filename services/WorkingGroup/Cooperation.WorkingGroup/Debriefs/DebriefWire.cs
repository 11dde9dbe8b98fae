using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>Debriefs, corrective actions and best-practice notes on the wire, and the events that announce them.</summary>
internal static class DebriefWire
{
    public static V1.Debrief ToWire(Debrief debrief, DateOnly today)
    {
        var wire = new V1.Debrief
        {
            Id = debrief.Id.ToString(),
            OperationReference = debrief.OperationReference,
            OperationDate = WireDate.ToWire(debrief.OperationDate),
            BestPracticeNote = debrief.Note is null ? null : ToWire(debrief.Note),
            RecordedByAgencyId = debrief.RecordedByAgencyId.ToString(),
            RecordedAt = WireInstant.ToWire(debrief.RecordedAt),
        };
        wire.Agencies.AddRange(debrief.Agencies.Select(a => new V1.InvolvedAgency
        {
            AgencyId = a.AgencyId.ToString(), Participant = WireParticipant.ToWire(a.Participant),
        }));
        wire.Strengths.AddRange(debrief.Strengths);
        wire.AreasForImprovement.AddRange(debrief.AreasForImprovement);
        wire.MultiAgencyLessons.AddRange(debrief.MultiAgencyLessons);
        wire.Channels.AddRange(debrief.Channels.Select(c => WireEnums.ToWire<SharingChannel, V1.SharingChannel>(c)));
        wire.CorrectiveActions.AddRange(debrief.CorrectiveActions.Select(a => ToWire(a, today)));
        return wire;
    }

    public static V1.CorrectiveAction ToWire(CorrectiveAction action, DateOnly today) => new()
    {
        Id = action.Id.ToString(),
        DebriefId = action.DebriefId.ToString(),
        Description = action.Description,
        OwnerAgencyId = action.OwnerAgencyId.ToString(),
        OwnerOfficialId = action.OwnerOfficialId.ToString(),
        DueOn = WireDate.ToWire(action.DueOn),
        Status = WireEnums.ToWire<CorrectiveActionStatus, V1.CorrectiveActionStatus>(action.Status),
        ClosedOn = WireDate.ToWire(action.ClosedOn),
        ClosedOnTime = action.ClosedOnTime,
        Overdue = action.IsOverdue(today),
        ActionItemId = action.ActionItemId.ToString(),
    };

    public static V1.BestPracticeNote ToWire(BestPracticeNote note) => new()
    {
        DebriefId = note.DebriefId.ToString(),
        OperationReference = note.OperationReference,
        Title = note.Title,
        Text = note.Text,
        PublishedByAgencyId = note.PublishedByAgencyId.ToString(),
        PublishedAt = WireInstant.ToWire(note.PublishedAt),
    };

    public static DebriefRecorded Recorded(Debrief debrief) => new()
    {
        DebriefId = debrief.Id,
        OperationDate = debrief.OperationDate,
        AgencyIds = debrief.Agencies.Select(a => a.AgencyId).ToList(),
        Participants = debrief.Agencies.Select(a => a.Participant.ToString()).Distinct().Order(StringComparer.Ordinal).ToList(),
        Channels = debrief.Channels.Select(StoredEnums.ToStored).ToList(),
        CorrectiveActionCount = debrief.CorrectiveActions.Count,
    };

    public static CorrectiveActionClosed Closed(CorrectiveAction action, InvolvedAgency owner) => new()
    {
        CorrectiveActionId = action.Id,
        DebriefId = action.DebriefId,
        OwnerAgencyId = action.OwnerAgencyId,
        OwnerParticipant = owner.Participant.ToString(),
        DueOn = action.DueOn,
        ClosedOn = action.ClosedOn ?? throw new InvalidOperationException("An open corrective action is not announced as closed."),
        Outcome = StoredEnums.ToStored(action.Status),
        OnTime = action.ClosedOnTime,
    };
}
