using System.Data.Common;
using Dapper;

namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// Rows the relay has claimed, and the connection (and, on PostgreSQL, the transaction holding their
/// row locks) to stamp them on. Disposing without <see cref="CompleteAsync"/> releases the claim.
/// </summary>
internal sealed class OutboxBatch(DbConnection connection, DbTransaction? transaction, IReadOnlyList<OutboxRow> rows) : IAsyncDisposable
{
    private const string MarkSentSql = """
        UPDATE outbox_messages SET sent_at = @SentAt, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
        WHERE sequence = @Sequence
        """;

    private const string MarkFailedSql = """
        UPDATE outbox_messages SET attempts = attempts + 1, last_error = @LastError, next_attempt_at = @NextAttemptAt
        WHERE sequence = @Sequence
        """;

    public IReadOnlyList<OutboxRow> Rows => rows;

    public Task MarkSentAsync(OutboxRow row, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            MarkSentSql, new { row.Sequence, SentAt = sentAt }, transaction, cancellationToken: cancellationToken));

    public Task MarkFailedAsync(OutboxRow row, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            MarkFailedSql, new { row.Sequence, LastError = error, NextAttemptAt = nextAttemptAt }, transaction, cancellationToken: cancellationToken));

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }

        await connection.DisposeAsync();
    }
}
