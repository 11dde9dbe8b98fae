using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;
using MassTransit;

namespace Cooperation.BuildingBlocks.Tests.Infrastructure;

/// <summary>Records each applied <see cref="ProjectCommenced"/> as a row, in the inbox's transaction.</summary>
public sealed class RecordingConsumer(IUnitOfWork unitOfWork) : IConsumer<ProjectCommenced>
{
    private const string InsertSql = "INSERT INTO applied_effects (message_id, project_id) VALUES (@MessageId, @ProjectId)";

    public Task Consume(ConsumeContext<ProjectCommenced> context) =>
        unitOfWork.ExecuteAsync(InsertSql, new { MessageId = context.Message.EventId, context.Message.ProjectId });
}
