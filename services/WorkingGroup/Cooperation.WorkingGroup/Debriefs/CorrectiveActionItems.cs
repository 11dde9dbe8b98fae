using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Meetings;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>
/// A corrective action and the action item that carries it onto the agendas are one piece of work:
/// closing either closes the other in the same unit of work, with the same outcome (done or
/// cancelled), each audited and announced as its own close would be. So the debrief, the agendas
/// and the metrics never disagree on whether the work is done.
/// </summary>
internal sealed class CorrectiveActionItems(DebriefRepository debriefs, ActionItemRepository actionItems)
{
    /// <summary>After <paramref name="item"/> was closed: closes the corrective action it carries, if it carries one still open.</summary>
    public async Task CloseActionOfItemAsync(IUnitOfWork unitOfWork, ActionItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (await debriefs.FindActionOfItemAsync(unitOfWork, item.Id) is not { Status: CorrectiveActionStatus.Open } action)
        {
            return;
        }

        action.Close(item.Status == ActionItemStatus.Done ? CorrectiveActionStatus.Done : CorrectiveActionStatus.Cancelled, today);
        if (await debriefs.CloseAsync(unitOfWork, action))
        {
            unitOfWork.Audit(AuditAction.Update, DebriefsAudit.CorrectiveAction, action.Id, DebriefsAudit.ClosedFields);
            var owner = (await debriefs.AgenciesAsync(unitOfWork, [action.OwnerAgencyId])).Single();
            unitOfWork.Publish(DebriefWire.Closed(action, owner));
        }
    }

    /// <summary>After <paramref name="action"/> was closed: closes its action item, unless a meeting closed the item already.</summary>
    public async Task CloseItemOfActionAsync(IUnitOfWork unitOfWork, CorrectiveAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        var item = await actionItems.GetAsync(unitOfWork, action.ActionItemId);
        if (item.Status != ActionItemStatus.Open)
        {
            return;
        }

        item.Close(action.Status == CorrectiveActionStatus.Done ? ActionItemStatus.Done : ActionItemStatus.Cancelled);
        await actionItems.UpdateStatusAsync(unitOfWork, item);
        unitOfWork.Audit(AuditAction.Update, MeetingsAudit.ActionItem, item.Id, ["status"]);
        if (item.Status == ActionItemStatus.Done)
        {
            unitOfWork.Publish(MeetingWire.Closed(item, today));
        }
    }
}
