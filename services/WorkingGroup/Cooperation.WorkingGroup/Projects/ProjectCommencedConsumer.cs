using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// Moves an agreed proposal to Commenced when its workstream reports that work started.
/// <para>
/// An unknown project id is logged and ignored: the training and capacity-building services also
/// run projects of their own that the working group never proposed, and retrying cannot make one
/// appear. A proposal still PROPOSED is a real disagreement between services (nobody should run
/// what the group has not agreed), so the consumer throws: the retries pass, and the message lands
/// in the error queue where an operator sees it and can replay it once the project is agreed.
/// </para>
/// </summary>
public sealed partial class ProjectCommencedConsumer(
    IUnitOfWorkFactory unitOfWorkFactory, ProjectRepository projects, TimeProvider clock, ILogger<ProjectCommencedConsumer> logger)
    : InboxConsumer<ProjectCommenced>(unitOfWorkFactory, clock, logger)
{
    protected override async Task HandleAsync(ProjectCommenced message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(unitOfWork, message.ProjectId, cancellationToken);
        if (project is null)
        {
            LogUnknownProject(logger, message.ProjectId);
            unitOfWork.Audit(ProjectEventAudit.Ignored(message, "the working group never proposed this project; no change"));
            return;
        }

        if (!project.Commence(message.CommencedOn))
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
        unitOfWork.Audit(ProjectEventAudit.Applied(message, project.Id, "status", "commenced_on"));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ProjectCommenced for project {ProjectId}, which the working group never proposed; ignored")]
    private static partial void LogUnknownProject(ILogger logger, Guid projectId);
}
