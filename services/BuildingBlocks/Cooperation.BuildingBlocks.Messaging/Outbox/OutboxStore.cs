using System.Globalization;
using Cooperation.BuildingBlocks.Data;
using Dapper;

namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>The relay's SQL over <c>outbox_messages</c>.</summary>
internal sealed class OutboxStore(IDbConnectionFactory connections)
{
    // Due rows in publication order. A row waiting out its backoff is passed over, so one event the
    // broker keeps refusing cannot hold back the ones behind it.
    private const string DueSql = """
        SELECT sequence AS Sequence, message_id AS MessageId, message_type AS MessageType, body AS Body,
               correlation_id AS CorrelationId, attempts AS Attempts
        FROM outbox_messages
        WHERE sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= @Now)
        ORDER BY sequence
        LIMIT @Limit
        """;

    // Several relays on one PostgreSQL database each lock the rows they publish and skip rows another
    // holds, so no event is published by two relays at once.
    private const string ClaimSql = DueSql + "\nFOR UPDATE SKIP LOCKED";

    private const string PendingSql = """
        SELECT COUNT(*) AS Count, MIN(occurred_at) AS OldestOccurredAt
        FROM outbox_messages
        WHERE sent_at IS NULL
        """;

    private const string NextDueSql = """
        SELECT MIN(next_attempt_at) FROM outbox_messages WHERE sent_at IS NULL
        """;

    public async Task<OutboxBatch> ClaimAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            if (connections.Provider == DatabaseProvider.PostgreSql)
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var claimed = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
                    ClaimSql, new { Now = now, Limit = limit }, transaction, cancellationToken: cancellationToken));
                return new OutboxBatch(connection, transaction, claimed.AsList());
            }

            // SQLite has one relay per database file, so no claim is needed, and holding a write
            // transaction while waiting for the broker would stall the service's own writes.
            var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
                DueSql, new { Now = now, Limit = limit }, cancellationToken: cancellationToken));
            return new OutboxBatch(connection, null, rows.AsList());
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<OutboxPending> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var pending = await connection.QuerySingleAsync<(long Count, string? OldestOccurredAt)>(
            new CommandDefinition(PendingSql, cancellationToken: cancellationToken));
        return new OutboxPending(pending.Count, ParseInstant(pending.OldestOccurredAt));
    }

    /// <summary>The earliest moment a row waiting out its backoff becomes due, if any.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(NextDueSql, cancellationToken: cancellationToken));
        return ParseInstant(next);
    }

    private static DateTimeOffset? ParseInstant(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}

/// <summary>How many events wait to be published, and when the oldest of them occurred.</summary>
internal sealed record OutboxPending(long Count, DateTimeOffset? OldestOccurredAt);
