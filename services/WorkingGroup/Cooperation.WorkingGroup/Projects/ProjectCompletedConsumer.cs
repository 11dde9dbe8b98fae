using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;
using MassTransit;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>Moves a project to Completed (delivered) or Closed when its workstream reports the end.</summary>
public sealed class ProjectCompletedConsumer(IUnitOfWork unitOfWork, ProjectReports reports) : IConsumer<ProjectCompleted>
{
    public Task Consume(ConsumeContext<ProjectCompleted> context) =>
        reports.ApplyAsync(unitOfWork, context.Message, context.Message.ProjectId,
            p => p.Finish(context.Message.CompletedOn, context.Message.Delivered), "completed_on");
}
