using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;
using MassTransit;

namespace Cooperation.Deployment.Tests.Infrastructure;

/// <summary>Applies each <see cref="ProjectCommenced"/> as one row, in the inbox's transaction, as a service's consumer would.</summary>
public sealed class DrillConsumer(IUnitOfWork unitOfWork) : IConsumer<ProjectCommenced>
{
    private const string InsertSql = "INSERT INTO drill_effects (message_id, project_id) VALUES (@MessageId, @ProjectId)";

    public Task Consume(ConsumeContext<ProjectCommenced> context) =>
        unitOfWork.ExecuteAsync(InsertSql, new { MessageId = context.Message.EventId, context.Message.ProjectId });
}
