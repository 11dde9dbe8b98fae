using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;
using MassTransit;

namespace Cooperation.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// Records each applied <see cref="ProjectCommenced"/> as a row, in the inbox's transaction. A
/// project listed in <see cref="FirstAttemptFailures"/> fails its first attempt with a database
/// error, which on PostgreSQL leaves that attempt's transaction unusable.
/// </summary>
public sealed class RecordingConsumer(IUnitOfWork unitOfWork, FirstAttemptFailures failures) : IConsumer<ProjectCommenced>
{
    private const string InsertSql = "INSERT INTO applied_effects (message_id, project_id) VALUES (@MessageId, @ProjectId)";

    public async Task Consume(ConsumeContext<ProjectCommenced> context)
    {
        if (failures.TakeFirstAttempt(context.Message.ProjectId))
        {
            await unitOfWork.ExecuteAsync("SELECT * FROM no_such_table");
        }

        await unitOfWork.ExecuteAsync(InsertSql, new { MessageId = context.Message.EventId, context.Message.ProjectId });
    }
}

/// <summary>Projects whose first delivery attempt the recording consumer fails.</summary>
public sealed class FirstAttemptFailures
{
    private readonly HashSet<Guid> _pending = [];

    public void FailFirstAttemptOf(Guid projectId)
    {
        lock (_pending)
        {
            _pending.Add(projectId);
        }
    }

    public bool TakeFirstAttempt(Guid projectId)
    {
        lock (_pending)
        {
            return _pending.Remove(projectId);
        }
    }
}
