using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>
/// Takes up a project the working group agreed for capacity building, once: the inbox drops a
/// redelivered copy, and the project's key (the working group's project id) turns a second
/// announcement of the same project into a no-op. The first lead agency leads, any others are
/// partners. A project drafted here and proposed to the working group comes back under its own id:
/// it is not added again but marked agreed (its decision recorded). A training project is not
/// ours; its message is still recorded as received.
/// </summary>
public sealed class ProjectAgreedConsumer(IUnitOfWork unitOfWork, ProjectRepository projects) : IConsumer<ProjectAgreed>
{
    public async Task Consume(ConsumeContext<ProjectAgreed> context)
    {
        var agreed = context.Message;
        if (agreed.Workstream != Workstream.CapacityBuilding || agreed.LeadAgencyIds.Count == 0)
        {
            unitOfWork.Audit(AuditAction.Create, ProjectsAudit.InboxMessage, agreed.EventId,
                justification: "not a capacity-building project with a lead agency; no change");
            return;
        }

        var project = new Project(
            agreed.ProjectId, new BilingualText(agreed.Title, ""), new BilingualText(agreed.Summary, ""), type: null, ["4c"],
            agreed.CooperationAreas.Select(Area).OfType<CooperationAreaTag>().Distinct().ToList(), agreed.LeadAgencyIds[0],
            agreed.LeadAgencyIds.Skip(1).Distinct().Select(a => new ProjectAgency(a, AgencyRole.Partner)).ToList(),
            ProjectStatus.Identification, plannedStart: null, plannedEnd: null, agreed.OccurredAt, decisionId: agreed.DecisionId);
        if (await projects.TryInsertAsync(unitOfWork, project))
        {
            unitOfWork.Audit(AuditAction.Create, ProjectsAudit.Project, project.Id,
                ["title_en", "description_en", "cooperation_areas", "lead_agency_id", "agencies", "decision_id"]);
        }
        else if (await RecordAgreementAsync(agreed))
        {
            unitOfWork.Audit(AuditAction.Update, ProjectsAudit.Project, agreed.ProjectId, ["decision_id", "version"]);
        }
        else
        {
            unitOfWork.Audit(AuditAction.Create, ProjectsAudit.InboxMessage, agreed.EventId, justification: "project already taken up; no change");
        }
    }

    // The id is already here: when it is a project proposed from here awaiting agreement, the agreement is its.
    private async Task<bool> RecordAgreementAsync(ProjectAgreed agreed)
    {
        var existing = await projects.GetForUpdateAsync(unitOfWork, agreed.ProjectId);
        if (!existing.RecordAgreement(agreed.DecisionId))
        {
            return false;
        }

        existing.NextVersion();
        await projects.UpdateAsync(unitOfWork, existing);
        return true;
    }

    // The event names areas in lower snake case ("border_security"); a name this service does not know is left out.
    private static CooperationAreaTag? Area(string name) =>
        Enum.TryParse<CooperationAreaTag>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var tag) && Enum.IsDefined(tag) ? tag : null;
}
