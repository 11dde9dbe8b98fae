using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages.Projects;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Cooperation.BuildingBlocks.Tests.Infrastructure;

/// <summary>Records each applied <see cref="ProjectCommenced"/> as a row, in the inbox's transaction.</summary>
public sealed class RecordingConsumer(IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time, ILogger<RecordingConsumer> logger)
    : InboxConsumer<ProjectCommenced>(unitOfWorkFactory, time, logger)
{
    private const string InsertSql = "INSERT INTO applied_effects (message_id, project_id) VALUES (@MessageId, @ProjectId)";

    protected override Task HandleAsync(ProjectCommenced message, IUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
            InsertSql, new { MessageId = message.EventId, message.ProjectId }, unitOfWork.Transaction, cancellationToken: cancellationToken));
}
