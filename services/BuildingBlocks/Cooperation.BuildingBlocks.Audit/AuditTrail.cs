using System.Data;
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
    // 16 parameters a row: well under PostgreSQL's 65,535 parameters per command.
    private const int MaxRowsPerInsert = 1000;

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

    // The lock and the head in one round trip: the head is read only once the lock is held.
    private const string LockAndHeadSql = $"SELECT pg_advisory_xact_lock(@Key); {HeadSql}";

    private const string InsertColumns = """
        INSERT INTO audit_records (sequence, record_id, occurred_at, actor_subject, actor_participant, actor_agency_id,
            operation, action, resource_type, resource_id, fields, justification, recipients, correlation_id,
            previous_hash, hash)
        VALUES
        """;

    private static readonly string[] InsertParameters =
    [
        nameof(AuditRow.Sequence), nameof(AuditRow.RecordId), nameof(AuditRow.OccurredAt), nameof(AuditRow.ActorSubject),
        nameof(AuditRow.ActorParticipant), nameof(AuditRow.ActorAgencyId), nameof(AuditRow.Operation), nameof(AuditRow.Action),
        nameof(AuditRow.ResourceType), nameof(AuditRow.ResourceId), nameof(AuditRow.Fields), nameof(AuditRow.Justification),
        nameof(AuditRow.Recipients), nameof(AuditRow.CorrelationId), nameof(AuditRow.PreviousHash), nameof(AuditRow.Hash),
    ];

    private static readonly (string Name, System.Reflection.PropertyInfo Property)[] InsertProperties =
        [.. InsertParameters.Select(name => (name, typeof(AuditRow).GetProperty(name)!))];

    private const string ChainSql = """
        SELECT sequence, record_id, occurred_at, actor_subject, actor_participant, actor_agency_id, operation, action,
            resource_type, resource_id, fields, justification, recipients, correlation_id, previous_hash, hash
        FROM audit_records ORDER BY sequence
        """;

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

    /// <summary>
    /// Appends <paramref name="entries"/> as the next links, in order, in two commands for up to
    /// a thousand (the lock with the head, then one multi-row insert): a read that records one
    /// entry per person it returns costs the same number of commands for a page of one or of many.
    /// </summary>
    public async Task AppendAllAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        foreach (var entry in entries)
        {
            entry.Validate();
        }

        // Two statements of one command: the head is read in its own statement, so under READ
        // COMMITTED it sees every record committed before the lock was granted.
        ChainHead? head;
        await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(
            LockAndHeadSql, new { Key = ChainLock }, transaction, cancellationToken: cancellationToken)))
        {
            await results.ReadAsync<object>();
            head = await results.ReadSingleOrDefaultAsync<ChainHead>();
        }

        var sequence = head?.Sequence ?? 0;
        var previousHash = head?.Hash ?? AuditHash.Genesis;
        var now = clock.GetUtcNow();
        foreach (var chunk in entries.Chunk(MaxRowsPerInsert))
        {
            previousHash = await InsertChainedAsync(connection, transaction, chunk, sequence, previousHash, now, cancellationToken);
            sequence += chunk.Length;
        }
    }

    private static async Task<string> InsertChainedAsync(
        DbConnection connection, DbTransaction transaction, AuditEntry[] entries, long sequence, string previousHash,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (entries.Length == 1)
        {
            // The common case (one record a call): the fixed single-row statement, whose parameter
            // mapping Dapper compiles once and PostgreSQL keeps prepared.
            var single = Chained(entries[0], sequence + 1, now, previousHash);
            await connection.ExecuteAsync(new CommandDefinition(InsertSql, single, transaction, cancellationToken: cancellationToken));
            return single.Hash;
        }

        var parameters = new DynamicParameters();
        var values = new List<string>(entries.Length);
        foreach (var entry in entries)
        {
            var row = Chained(entry, ++sequence, now, previousHash);
            previousHash = row.Hash;
            var suffix = values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values.Add("(" + string.Join(", ", InsertParameters.Select(name => "@" + name + suffix)) + ")");
            foreach (var (name, property) in InsertProperties)
            {
                parameters.Add(name + suffix, property.GetValue(row));
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            InsertColumns + "\n" + string.Join(",\n", values), parameters, transaction, cancellationToken: cancellationToken));
        return previousHash;
    }

    private static AuditRow Chained(AuditEntry entry, long sequence, DateTimeOffset now, string previousHash)
    {
        var row = AuditRow.From(entry, sequence, Guid.NewGuid(), now, entry.CorrelationId ?? Activity.Current?.TraceId.ToString(), previousHash);
        row.Hash = AuditHash.Compute(row);
        return row;
    }

    /// <summary>Walks the whole chain in order and reports the first record whose content, hash, link or position does not hold.</summary>
    /// <remarks>
    /// One query streams the chain in order (the rows are read as they arrive, never held), each
    /// row's hash recomputed with buffers reused from row to row: a fixed number of commands and
    /// no per-record work beyond reading the row and hashing it.
    /// </remarks>
    public static async Task<AuditVerification> VerifyAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        long expectedSequence = 1;
        var previousHash = AuditHash.Genesis;
        using var hash = new AuditHash();
        await using var command = connection.CreateCommand();
        command.CommandText = ChainSql;
        command.CommandTimeout = 0;   // a long chain takes as long as it takes; the caller's token bounds it
        // Not SequentialAccess: a row here is a few hundred bytes, and with sequential access a column
        // that runs past the read buffer is fetched by a synchronous socket read inside the getter,
        // whose spin-wait took the core from PostgreSQL and doubled the service's CPU per record
        // (bench/results/data.md). Default access has ReadAsync bring in each whole row first.
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.Default, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = ReadRow(reader);
            var problem = row.Sequence != expectedSequence
                ? $"expected record {expectedSequence} here: records are missing"
                : row.PreviousHash != previousHash
                    ? "does not link to the record before it"
                    : !hash.Matches(row)
                        ? "its content does not match its hash"
                        : null;
            if (problem is not null)
            {
                return new AuditVerification(false, expectedSequence - 1, row.Sequence, row.RecordId, problem);
            }

            previousHash = row.Hash;
            expectedSequence++;
        }

        return AuditVerification.Intact(expectedSequence - 1);
    }

    // Columns in ChainSql's order.
    private static AuditRow ReadRow(DbDataReader reader) => new()
    {
        Sequence = reader.GetInt64(0),
        RecordId = reader.GetGuid(1),
        OccurredAt = reader.GetFieldValue<DateTimeOffset>(2),
        ActorSubject = reader.GetString(3),
        ActorParticipant = reader.IsDBNull(4) ? null : reader.GetString(4),
        ActorAgencyId = reader.IsDBNull(5) ? null : reader.GetGuid(5),
        Operation = reader.GetString(6),
        Action = reader.GetString(7),
        ResourceType = reader.GetString(8),
        ResourceId = reader.GetString(9),
        Fields = reader.GetFieldValue<string[]>(10),
        Justification = reader.IsDBNull(11) ? null : reader.GetString(11),
        Recipients = reader.GetFieldValue<string[]>(12),
        CorrelationId = reader.IsDBNull(13) ? null : reader.GetString(13),
        PreviousHash = reader.GetString(14),
        Hash = reader.GetString(15),
    };

    private sealed record ChainHead(long Sequence, string Hash);
}
