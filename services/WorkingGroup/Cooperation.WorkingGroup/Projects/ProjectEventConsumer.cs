using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.WorkingGroup;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// How the working group follows a workstream's report about a project it agreed: apply it to the
/// proposal, announce the new status, audit the change as the service.
/// <para>
/// An unknown project id is logged and ignored: the training and capacity-building services also
/// run projects of their own that the working group never proposed, and retrying cannot make one
/// appear. A proposal still PROPOSED is a real disagreement between services (nobody should run
/// what the group has not agreed), so <see cref="Apply"/> throws: the retries pass, and the message
/// lands in the error queue where an operator sees it and can replay it once the project is agreed.
/// </para>
/// </summary>
public abstract partial class ProjectEventConsumer<TMessage>(
    IUnitOfWorkFactory unitOfWorkFactory, ProjectRepository projects, TimeProvider clock, ILogger logger)
    : InboxConsumer<TMessage>(unitOfWorkFactory, clock, logger)
    where TMessage : IntegrationEvent
{
    /// <summary>The proposal field, besides its status, that the report sets.</summary>
    protected abstract string ChangedField { get; }

    protected abstract Guid ProjectIdOf(TMessage message);

    /// <summary>Moves the proposal on; false when the report was already applied.</summary>
    protected abstract bool Apply(ProjectProposal project, TMessage message);

    protected sealed override async Task HandleAsync(TMessage message, IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(unitOfWork, ProjectIdOf(message), cancellationToken);
        if (project is null)
        {
            LogUnknownProject(Logger, typeof(TMessage).Name, ProjectIdOf(message));
            unitOfWork.Audit(ProjectEventAudit.Ignored(message, "the working group never proposed this project; no change"));
            return;
        }

        if (!Apply(project, message))
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
        unitOfWork.Audit(ProjectEventAudit.Applied(message, project.Id, "status", ChangedField));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{EventType} for project {ProjectId}, which the working group never proposed; ignored")]
    private static partial void LogUnknownProject(ILogger logger, string eventType, Guid projectId);
}
