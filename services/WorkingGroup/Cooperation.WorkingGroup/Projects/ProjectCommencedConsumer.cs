using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;
using MassTransit;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>Moves an agreed project to Commenced when its workstream reports that work started.</summary>
public sealed class ProjectCommencedConsumer(IUnitOfWork unitOfWork, ProjectReports reports) : IConsumer<ProjectCommenced>
{
    public Task Consume(ConsumeContext<ProjectCommenced> context) =>
        reports.ApplyAsync(unitOfWork, context.Message, context.Message.ProjectId, p => p.Commence(context.Message.CommencedOn), "commenced_on");
}
