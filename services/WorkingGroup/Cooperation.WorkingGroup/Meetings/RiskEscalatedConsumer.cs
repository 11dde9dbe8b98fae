using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.CapacityBuilding;
using MassTransit;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Puts a capacity-building risk escalated to the working group on the agenda of its next
/// scheduled meeting, or keeps it waiting until a meeting is scheduled (ScheduleMeeting places the
/// waiting ones). The inbox drops a redelivered copy; the event id keys the escalation, so a second
/// announcement adds no second item.
/// </summary>
public sealed class RiskEscalatedConsumer(
    IUnitOfWork unitOfWork, RiskEscalationRepository escalations, MeetingRepository meetings, TimeProvider clock) : IConsumer<RiskEscalated>
{
    public async Task Consume(ConsumeContext<RiskEscalated> context)
    {
        var message = context.Message;
        var risk = new EscalatedRisk(message.EventId, message.ProjectId, message.ProjectTitle, message.RiskId, message.RiskEvent, message.Score, message.Reason);
        var next = await escalations.NextScheduledMeetingAsync(unitOfWork, clock.Today());
        if (!await escalations.TryInsertAsync(unitOfWork, risk, clock.GetUtcNow(), next))
        {
            unitOfWork.Audit(AuditAction.Create, MeetingsAudit.InboxMessage, message.EventId, justification: "risk already escalated; no change");
            return;
        }

        if (next is not { } meetingId)
        {
            unitOfWork.Audit(AuditAction.Create, MeetingsAudit.RiskEscalation, message.EventId, ["risk_id", "project_id", "score", "reason"],
                justification: "no meeting scheduled; waits for the next one");
            return;
        }

        var meeting = await meetings.GetAsync(unitOfWork, meetingId);
        meeting.ReplaceAgenda([.. meeting.Agenda.Select(a => a.Title), risk.AgendaTitle]);
        await meetings.UpdateAsync(unitOfWork, meeting);
        unitOfWork.Audit(AuditAction.Update, MeetingsAudit.Meeting, meeting.Id, ["agenda_items"]);
    }
}
