using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// Moves a proposal to Completed (delivered) or Closed when its workstream reports the end. Unknown
/// and not-yet-agreed projects are treated as in <see cref="ProjectCommencedConsumer"/>: the first is
/// logged and ignored, the second fails to the error queue.
/// </summary>
public sealed partial class ProjectCompletedConsumer(
    IUnitOfWorkFactory unitOfWorkFactory, ProjectRepository projects, TimeProvider clock, ILogger<ProjectCompletedConsumer> logger)
    : InboxConsumer<ProjectCompleted>(unitOfWorkFactory, clock, logger)
{
    protected override async Task HandleAsync(ProjectCompleted message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(unitOfWork, message.ProjectId, cancellationToken);
        if (project is null)
        {
            LogUnknownProject(logger, message.ProjectId);
            unitOfWork.Audit(ProjectEventAudit.Ignored(message, "the working group never proposed this project; no change"));
            return;
        }

        if (!project.Finish(message.CompletedOn, message.Delivered))
        {
            unitOfWork.Audit(ProjectEventAudit.Ignored(message, "already applied to the project; no change"));
            return;
        }

        await projects.UpdateAsync(unitOfWork, project, cancellationToken);
        unitOfWork.Publish(new ProjectStatusChanged
        {
            OccurredAt = Time.GetUtcNow(),
            ProjectId = project.Id,
            Status = ProjectRepository.Text(project.Status),
        });
        unitOfWork.Audit(ProjectEventAudit.Applied(message, project.Id, "status", "completed_on"));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ProjectCompleted for project {ProjectId}, which the working group never proposed; ignored")]
    private static partial void LogUnknownProject(ILogger logger, Guid projectId);
}
