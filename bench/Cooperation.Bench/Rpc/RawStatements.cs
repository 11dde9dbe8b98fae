using Npgsql;

namespace Cooperation.Bench.Rpc;

/// <summary>
/// The database baselines of the RPC benchmarks, on the service's own database and pool size:
/// the list's SELECT as the service sends it, and the write's three rows (state, audit record,
/// outbox row) inserted in one transaction into copies of the service's tables, with no audit
/// chain, no domain rules and no gRPC.
/// </summary>
internal sealed class RawStatements(NpgsqlDataSource source)
{
    private const string SelectAgencies = """
        SELECT id, participant, name_en, name_bg, kind, created_at
        FROM agencies
        WHERE (@participant::text IS NULL OR participant = @participant::text)
          AND (@kind::text IS NULL OR kind = @kind::text)
        ORDER BY participant, name_en, id
        LIMIT @limit OFFSET 0
        """;

    private const string CreateCopies = """
        CREATE TABLE IF NOT EXISTS bench_statement_reviews (LIKE statement_reviews INCLUDING ALL);
        CREATE TABLE IF NOT EXISTS bench_outbox_messages (LIKE outbox_messages INCLUDING ALL);
        CREATE TABLE IF NOT EXISTS bench_audit_records (LIKE audit_records INCLUDING ALL);
        CREATE SEQUENCE IF NOT EXISTS bench_audit_sequence;
        """;

    private const string InsertReview = """
        INSERT INTO bench_statement_reviews (id, reviewed_on, outcome, summary, recorded_at)
        VALUES (@id, current_date, 'continue', 'Benchmark review: the programme continues.', now())
        """;

    private const string InsertOutbox = """
        INSERT INTO bench_outbox_messages (message_id, message_type, body, occurred_at)
        VALUES (@id, 'StatementReviewed', @body::jsonb, now())
        """;

    public async Task PrepareWriteAsync()
    {
        await using var command = source.CreateCommand(CreateCopies);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<int> SelectAgenciesAsync(int limit)
    {
        await using var command = source.CreateCommand(SelectAgencies);
        command.Parameters.AddWithValue("participant", DBNull.Value);
        command.Parameters.AddWithValue("kind", DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    public async Task InsertWriteAsync()
    {
        var id = Guid.NewGuid();
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var review = new NpgsqlCommand(InsertReview, connection, transaction))
        {
            review.Parameters.AddWithValue("id", id);
            await review.ExecuteNonQueryAsync();
        }

        await using (var audit = new NpgsqlCommand(AuditInsert(), connection, transaction))
        {
            audit.Parameters.AddWithValue("id", id);
            await audit.ExecuteNonQueryAsync();
        }

        await using (var outbox = new NpgsqlCommand(InsertOutbox, connection, transaction))
        {
            outbox.Parameters.AddWithValue("id", id);
            outbox.Parameters.AddWithValue("body", $$"""{"reviewId":"{{id}}","outcome":"continue"}""");
            await outbox.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    // The columns the service's audit trail fills, with values of the same shape; no chain.
    private static string AuditInsert() => """
        INSERT INTO bench_audit_records (sequence, record_id, occurred_at, actor_subject, actor_participant, operation, action,
                                         resource_type, resource_id, fields, recipients, previous_hash, hash)
        VALUES (nextval('bench_audit_sequence'), @id, now(), 'uk-co-chair', 'UK', 'RecordStatementReview', 'create',
                'StatementReview', @id::text, ARRAY['reviewed_on', 'outcome', 'summary'], ARRAY[]::text[], repeat('0', 64), repeat('0', 64))
        """;
}
