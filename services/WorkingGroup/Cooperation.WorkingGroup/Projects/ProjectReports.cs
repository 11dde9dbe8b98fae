using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.WorkingGroup;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// How the working group follows a workstream's report about a project it agreed: apply it to the
/// project, announce the new status, audit the change (as the service: the consumer's unit names it).
/// <para>
/// An unknown project id is logged and ignored: the training and capacity-building services also
/// run projects of their own that the working group never proposed, and retrying cannot make one
/// appear. A project still PROPOSED is a real disagreement between services (nobody should run
/// what the group has not agreed), so applying throws: the retries pass, and the message lands in
/// the error queue where an operator sees it and can replay it once the project is agreed. A report
/// that changes nothing still commits its inbox row, so it is recorded as the message received.
/// </para>
/// </summary>
public sealed partial class ProjectReports(ProjectRepository projects, ILogger<ProjectReports> logger)
{
    /// <summary>Applies <paramref name="report"/> to its project; <paramref name="apply"/> returns false when it was already applied.</summary>
    public async Task ApplyAsync(
        IUnitOfWork unitOfWork, IntegrationEvent report, Guid projectId, Func<ProjectProposal, bool> apply, string changedField)
    {
        var project = await projects.FindAsync(unitOfWork, projectId);
        if (project is null)
        {
            LogUnknownProject(logger, report.GetType().Name, projectId);
            unitOfWork.Audit(AuditAction.Create, ProjectsAudit.InboxMessage, report.EventId,
                justification: "the working group never proposed this project; no change");
            return;
        }

        if (!apply(project))
        {
            unitOfWork.Audit(AuditAction.Create, ProjectsAudit.InboxMessage, report.EventId,
                justification: "already applied to the project; no change");
            return;
        }

        await projects.UpdateAsync(unitOfWork, project);
        unitOfWork.Publish(new ProjectStatusChanged { ProjectId = project.Id, Status = ProjectRepository.Text(project.Status) });
        unitOfWork.Audit(AuditAction.Update, ProjectsAudit.ProjectProposal, project.Id, ["status", changedField]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{EventType} for project {ProjectId}, which the working group never proposed; ignored")]
    private static partial void LogUnknownProject(ILogger logger, string eventType, Guid projectId);
}
