using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>Moves an agreed proposal to Commenced when its workstream reports that work started.</summary>
public sealed class ProjectCommencedConsumer(
    IUnitOfWorkFactory unitOfWorkFactory, ProjectRepository projects, TimeProvider clock, ILogger<ProjectCommencedConsumer> logger)
    : ProjectEventConsumer<ProjectCommenced>(unitOfWorkFactory, projects, clock, logger)
{
    protected override string ChangedField => "commenced_on";

    protected override Guid ProjectIdOf(ProjectCommenced message) => message.ProjectId;

    protected override bool Apply(ProjectProposal project, ProjectCommenced message) => project.Commence(message.CommencedOn);
}
