using System.Data.Common;
using System.Diagnostics;
using Dapper;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// Appends records to the hash chain inside the caller's transaction, so a change and its record
/// commit together or not at all, and verifies the chain.
/// </summary>
public sealed class AuditTrail(TimeProvider clock)
{
    private const int VerifyBatchSize = 500;

    // Any fixed number: every service's appends in one database take the same advisory lock.
    private const long ChainLock = 0x436F6F7041756474;

    private const string HeadSql = "SELECT sequence AS Sequence, hash AS Hash FROM audit_records ORDER BY sequence DESC LIMIT 1";

    private const string InsertSql = """
        INSERT INTO audit_records (sequence, record_id, occurred_at, actor_subject, actor_participant, actor_agency_id,
            operation, action, resource_type, resource_id, fields, justification, recipients, correlation_id,
            previous_hash, hash)
        VALUES (@Sequence, @RecordId, @OccurredAt, @ActorSubject, @ActorParticipant, @ActorAgencyId,
            @Operation, @Action, @ResourceType, @ResourceId, @Fields, @Justification, @Recipients, @CorrelationId,
            @PreviousHash, @Hash)
        """;

    private const string BatchSql = $"SELECT {AuditRow.Columns} FROM audit_records WHERE sequence > @After ORDER BY sequence LIMIT @Limit";

    /// <summary>
    /// Appends <paramref name="entry"/> as the next link. Writers are serialised so two
    /// transactions cannot both extend the same head: a transaction-scoped advisory lock is taken
    /// before the head is read. The primary key on the sequence refuses a fork should it ever be
    /// bypassed.
    /// </summary>
    public async Task<AuditRecord> AppendAsync(
        DbConnection connection, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(entry);
        entry.Validate();

        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@Key)", new { Key = ChainLock }, transaction, cancellationToken: cancellationToken));

        var head = await connection.QuerySingleOrDefaultAsync<ChainHead>(
            new CommandDefinition(HeadSql, transaction: transaction, cancellationToken: cancellationToken));
        var row = AuditRow.From(
            entry,
            (head?.Sequence ?? 0) + 1,
            Guid.NewGuid(),
            clock.GetUtcNow(),
            entry.CorrelationId ?? Activity.Current?.TraceId.ToString(),
            head?.Hash ?? AuditHash.Genesis);
        row.Hash = AuditHash.Compute(row);

        await connection.ExecuteAsync(new CommandDefinition(InsertSql, row, transaction, cancellationToken: cancellationToken));
        return row.ToRecord();
    }

    /// <summary>Walks the whole chain in order and reports the first record whose content, hash, link or position does not hold.</summary>
    public static async Task<AuditVerification> VerifyAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        long expectedSequence = 1;
        var previousHash = AuditHash.Genesis;
        while (true)
        {
            var batch = (await connection.QueryAsync<AuditRow>(new CommandDefinition(
                BatchSql, new { After = expectedSequence - 1, Limit = VerifyBatchSize }, cancellationToken: cancellationToken))).AsList();
            foreach (var row in batch)
            {
                var problem = row.Sequence != expectedSequence
                    ? $"expected record {expectedSequence} here: records are missing"
                    : row.PreviousHash != previousHash
                        ? "does not link to the record before it"
                        : AuditHash.Compute(row) != row.Hash
                            ? "its content does not match its hash"
                            : null;
                if (problem is not null)
                {
                    return new AuditVerification(false, expectedSequence - 1, row.Sequence, row.RecordId, problem);
                }

                previousHash = row.Hash;
                expectedSequence++;
            }

            if (batch.Count < VerifyBatchSize)
            {
                return AuditVerification.Intact(expectedSequence - 1);
            }
        }
    }

    private sealed record ChainHead(long Sequence, string Hash);
}
