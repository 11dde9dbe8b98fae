using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Training.Programme;

/// <summary>
/// Takes up a project the working group agreed for the training workstream as a programme item,
/// once: the inbox drops a redelivered copy, and the item's key (the project id) turns a second
/// announcement of the same project into a no-op. A capacity-building project is not ours; its
/// message is still recorded as received.
/// </summary>
public sealed class ProjectAgreedConsumer(IUnitOfWork unitOfWork, ProgrammeItemRepository items) : IConsumer<ProjectAgreed>
{
    public async Task Consume(ConsumeContext<ProjectAgreed> context)
    {
        var agreed = context.Message;
        if (agreed.Workstream != Workstream.Training)
        {
            unitOfWork.Audit(AuditAction.Create, ProgrammeAudit.InboxMessage, agreed.EventId, justification: "not a training project; no change");
            return;
        }

        var item = new ProgrammeItem(agreed.ProjectId, agreed.Title, agreed.Summary, agreed.DecisionId, agreed.CooperationAreas,
            agreed.LeadAgencyIds, agreed.OccurredAt);
        if (await items.TryInsertAsync(unitOfWork, item))
        {
            unitOfWork.Audit(AuditAction.Create, ProgrammeAudit.ProgrammeItem, item.ProjectId,
                ["title", "summary", "decision_id", "cooperation_areas", "lead_agency_ids"]);
        }
        else
        {
            unitOfWork.Audit(AuditAction.Create, ProgrammeAudit.InboxMessage, agreed.EventId, justification: "project already in the programme; no change");
        }
    }
}
