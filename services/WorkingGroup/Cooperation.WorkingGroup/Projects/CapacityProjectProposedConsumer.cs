using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Agencies;
using MassTransit;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// Records a project drafted in capacity building as a proposal of the working group, under the
/// same project id, so that agreeing it announces the id capacity building already holds. Once:
/// the inbox drops a redelivered copy, and a project id the working group already knows changes
/// nothing. Lead agencies the working group does not know cannot be recorded (and retrying cannot
/// make them appear), so such a proposal is logged and recorded as received.
/// </summary>
internal sealed partial class CapacityProjectProposedConsumer(
    IUnitOfWork unitOfWork, ProjectRepository projects, AgencyRepository agencies, ILogger<CapacityProjectProposedConsumer> logger)
    : IConsumer<CapacityProjectProposed>
{
    public async Task Consume(ConsumeContext<CapacityProjectProposed> context)
    {
        var proposed = context.Message;
        if (await projects.FindAsync(unitOfWork, proposed.ProjectId) is not null)
        {
            unitOfWork.Audit(AuditAction.Create, ProjectsAudit.InboxMessage, proposed.EventId,
                justification: "the working group already knows this project; no change");
            return;
        }

        var leads = proposed.LeadAgencyIds.Distinct().ToList();
        var known = await agencies.ExistingIdsAsync(unitOfWork, leads);
        if (leads.Count == 0 || leads.Any(a => !known.Contains(a)))
        {
            LogUnknownLeadAgency(logger, proposed.ProjectId);
            unitOfWork.Audit(AuditAction.Create, ProjectsAudit.InboxMessage, proposed.EventId,
                justification: "a lead agency the working group does not know; no change");
            return;
        }

        var project = ProjectProposal.Propose(proposed.ProjectId, proposed.TitleEn, proposed.Summary, Workstream.CapacityBuilding,
            proposed.CooperationAreas.Select(Area).OfType<CooperationAreaTag>().Distinct().Select(ProjectWire.StoredArea).ToList(),
            leads, proposed.ProposedAt);
        await projects.InsertAsync(unitOfWork, project);
        unitOfWork.Publish(new ProjectStatusChanged { ProjectId = project.Id, Status = ProjectRepository.Text(project.Status) });
        unitOfWork.Audit(AuditAction.Create, ProjectsAudit.ProjectProposal, project.Id, ["title", "summary", "workstream", "cooperation_areas", "lead_agency_ids"]);
    }

    // The event names areas in lower snake case ("border_security"); a name the working group does not know is left out.
    private static CooperationAreaTag? Area(string name) =>
        Enum.TryParse<CooperationAreaTag>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var tag) && Enum.IsDefined(tag) ? tag : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "CapacityProjectProposed for project {ProjectId} names a lead agency the working group does not know; ignored")]
    private static partial void LogUnknownLeadAgency(ILogger logger, Guid projectId);
}
