using Cooperation.BuildingBlocks.Data;
using Dapper;

namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// The relay's SQL over <c>outbox_messages</c>. Every statement is its own short commit: nothing
/// stays open while the relay waits on the broker, so a stamp, once written, is never rolled back.
/// </summary>
internal sealed class OutboxStore(IDbConnectionFactory connections)
{
    private const string Columns = """
        sequence AS Sequence, message_id AS MessageId, message_type AS MessageType, body AS Body,
        correlation_id AS CorrelationId, attempts AS Attempts
        """;

    // Due rows: unsent, not waiting out a backoff, and not under another relay's unexpired claim.
    private const string DueFilter = """
        sent_at IS NULL
          AND (next_attempt_at IS NULL OR next_attempt_at <= @Now)
          AND (claimed_until IS NULL OR claimed_until <= @Now)
        """;

    // Publication order, except that rows never tried go before rows being retried. A pass ends at
    // its first failed publish, so a row the broker keeps refusing would otherwise come first in
    // every pass and hold back every event behind it.
    private const string DueOrder = "CASE WHEN attempts = 0 THEN 0 ELSE 1 END, sequence";

    // Several relays may share one database: the inner select locks the due rows it picks and
    // skips rows another relay is claiming at this instant (its quals are checked again on the
    // locked row, so a claim committed meanwhile is seen), and the lease is committed with this
    // statement alone. Rows come back unordered, so they are sorted again here.
    private const string ClaimSql = $"""
        UPDATE outbox_messages SET claimed_by = @Relay, claimed_until = @LeaseUntil
        WHERE sequence IN (
            SELECT sequence FROM outbox_messages
            WHERE {DueFilter}
            ORDER BY {DueOrder}
            LIMIT @Limit
            FOR UPDATE SKIP LOCKED)
        RETURNING {Columns}
        """;

    private const string MarkSentSql = """
        UPDATE outbox_messages SET sent_at = @SentAt, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL, claimed_until = NULL
        WHERE sequence = @Sequence
        """;

    private const string MarkFailedSql = """
        UPDATE outbox_messages SET attempts = attempts + 1, last_error = @LastError, next_attempt_at = @NextAttemptAt, claimed_by = NULL, claimed_until = NULL
        WHERE sequence = @Sequence
        """;

    private const string ReleaseSql = """
        UPDATE outbox_messages SET claimed_by = NULL, claimed_until = NULL
        WHERE sequence = ANY(@Sequences) AND claimed_by = @Relay AND sent_at IS NULL
        """;

    // What waits, and when each row held back (by its backoff or another relay's claim) next
    // becomes due: one statement for the relay's metrics and its next wake-up.
    private const string PendingSql = """
        SELECT COUNT(*) AS Count, MIN(occurred_at) AS OldestOccurredAt, MIN(GREATEST(claimed_until, next_attempt_at)) AS NextDueAt
        FROM outbox_messages
        WHERE sent_at IS NULL
        """;

    /// <summary>
    /// Takes up to <paramref name="limit"/> due rows, in sequence order, for <paramref name="relay"/>
    /// until <paramref name="leaseUntil"/>; the claim is committed before this returns.
    /// </summary>
    public async Task<IReadOnlyList<OutboxRow>> ClaimAsync(
        string relay, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var claimed = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
            ClaimSql, new { Relay = relay, Now = now, LeaseUntil = leaseUntil, Limit = limit }, cancellationToken: cancellationToken));
        return [.. claimed.OrderBy(row => row.Attempts == 0 ? 0 : 1).ThenBy(row => row.Sequence)];
    }

    public async Task MarkSentAsync(OutboxRow row, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            MarkSentSql, new { row.Sequence, SentAt = sentAt }, cancellationToken: cancellationToken));
    }

    public async Task MarkFailedAsync(OutboxRow row, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            MarkFailedSql, new { row.Sequence, LastError = error, NextAttemptAt = nextAttemptAt }, cancellationToken: cancellationToken));
    }

    /// <summary>Gives back the claim on <paramref name="rows"/> that are still unsent, so any relay may take them at once.</summary>
    public async Task ReleaseAsync(string relay, IEnumerable<OutboxRow> rows, CancellationToken cancellationToken)
    {
        var sequences = rows.Select(row => row.Sequence).ToArray();
        if (sequences.Length == 0)
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            ReleaseSql, new { Sequences = sequences, Relay = relay }, cancellationToken: cancellationToken));
    }

    /// <summary>How many rows are unsent, the oldest of them, and the earliest moment a row waiting out its backoff or another relay's claim becomes due.</summary>
    public async Task<OutboxPending> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var pending = await connection.QuerySingleAsync<PendingRow>(new CommandDefinition(PendingSql, cancellationToken: cancellationToken));
        return new OutboxPending(pending.Count, pending.OldestOccurredAt, pending.NextDueAt);
    }

    private sealed class PendingRow
    {
        public long Count { get; init; }

        public DateTimeOffset? OldestOccurredAt { get; init; }

        public DateTimeOffset? NextDueAt { get; init; }
    }
}

/// <summary>How many events wait to be published, when the oldest of them occurred, and when the next held-back one becomes due.</summary>
internal sealed record OutboxPending(long Count, DateTimeOffset? OldestOccurredAt, DateTimeOffset? NextDueAt = null);
