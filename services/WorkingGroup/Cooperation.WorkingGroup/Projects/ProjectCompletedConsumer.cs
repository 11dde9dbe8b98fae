using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>Moves a proposal to Completed (delivered) or Closed when its workstream reports the end.</summary>
public sealed class ProjectCompletedConsumer(
    IUnitOfWorkFactory unitOfWorkFactory, ProjectRepository projects, TimeProvider clock, ILogger<ProjectCompletedConsumer> logger)
    : ProjectEventConsumer<ProjectCompleted>(unitOfWorkFactory, projects, clock, logger)
{
    protected override string ChangedField => "completed_on";

    protected override Guid ProjectIdOf(ProjectCompleted message) => message.ProjectId;

    protected override bool Apply(ProjectProposal project, ProjectCompleted message) =>
        project.Finish(message.CompletedOn, message.Delivered);
}
