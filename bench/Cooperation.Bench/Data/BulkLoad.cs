using Cooperation.BuildingBlocks.Audit;
using Npgsql;
using NpgsqlTypes;

namespace Cooperation.Bench.Data;

/// <summary>
/// Loads the data-scale rows with binary COPY: observations entered by hand spread over the
/// indicators and quarters, and audit records that continue the database's hash chain (computed
/// with the trail's own hash, so verification checks every one of them).
/// </summary>
internal static class BulkLoad
{
    public const int Actors = 50;
    public const int RecordsPerResource = 10;

    /// <summary>The quarters the observations fall in: every quarter the service accepts from 2024 to 2099.</summary>
    public const int FirstYear = 2024;
    public const int Years = 76;

    public static async Task<IReadOnlyList<string>> ObservationsAsync(NpgsqlDataSource source, int count)
    {
        var codes = new List<string>();
        await using (var read = source.CreateCommand("SELECT code FROM indicators ORDER BY code"))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                codes.Add(reader.GetString(0));
            }
        }

        var start = DateTimeOffset.UtcNow.AddYears(-5);
        await using var connection = await source.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY manual_observations (id, indicator_code, year, quarter, disaggregation, kind, value, previous_value, source, note, recorded_by, recorded_at, version) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(codes[i % codes.Count], NpgsqlDbType.Text);
            await writer.WriteAsync(FirstYear + (i / codes.Count % Years), NpgsqlDbType.Integer);
            await writer.WriteAsync(1 + (i / codes.Count / Years % 4), NpgsqlDbType.Integer);
            await writer.WriteAsync("total", NpgsqlDbType.Text);
            await writer.WriteAsync("entry", NpgsqlDbType.Text);
            await writer.WriteAsync((decimal)(i % 1000), NpgsqlDbType.Numeric);
            await writer.WriteNullAsync();
            await writer.WriteAsync("Bench bulk load", NpgsqlDbType.Text);
            await writer.WriteAsync("Loaded for the data-scale benchmark", NpgsqlDbType.Text);
            await writer.WriteAsync("analyst", NpgsqlDbType.Text);
            await writer.WriteAsync(start.AddSeconds(i).UtcDateTime, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
        }

        await writer.CompleteAsync();
        return codes;
    }

    public static async Task AuditRecordsAsync(NpgsqlDataSource source, int count)
    {
        long sequence = 0;
        var previousHash = AuditHash.Genesis;
        await using (var head = source.CreateCommand("SELECT sequence, hash FROM audit_records ORDER BY sequence DESC LIMIT 1"))
        await using (var reader = await head.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync())
            {
                sequence = reader.GetInt64(0);
                previousHash = reader.GetString(1);
            }
        }

        // Whole microseconds, as timestamptz keeps them and the hash encodes them.
        var start = new DateTimeOffset(DateTime.UtcNow.AddYears(-3).Ticks / 10 * 10, TimeSpan.Zero);
        await using var connection = await source.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY audit_records (sequence, record_id, occurred_at, actor_subject, actor_participant, actor_agency_id, operation, action, resource_type, resource_id, fields, justification, recipients, correlation_id, previous_hash, hash) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            var occurredAt = start.AddTicks(i * TimeSpan.TicksPerMillisecond * 50);
            var row = new AuditRow
            {
                Sequence = ++sequence,
                RecordId = Guid.NewGuid(),
                OccurredAt = occurredAt,
                ActorSubject = $"bench-actor-{i % Actors}",
                ActorParticipant = i % 2 == 0 ? "BG" : "UK",
                ActorAgencyId = null,
                Operation = "RecordObservation",
                Action = i % 4 == 0 ? "update" : "create",
                ResourceType = "ManualObservation",
                ResourceId = Resource(i / RecordsPerResource),
                Fields = ["value", "source", "note"],
                Justification = null,
                Recipients = [],
                CorrelationId = null,
                PreviousHash = previousHash,
            };
            row.Hash = AuditHash.Compute(row);
            previousHash = row.Hash;

            await writer.StartRowAsync();
            await writer.WriteAsync(row.Sequence, NpgsqlDbType.Bigint);
            await writer.WriteAsync(row.RecordId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(row.OccurredAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(row.ActorSubject, NpgsqlDbType.Text);
            await writer.WriteAsync(row.ActorParticipant, NpgsqlDbType.Text);
            await writer.WriteNullAsync();
            await writer.WriteAsync(row.Operation, NpgsqlDbType.Text);
            await writer.WriteAsync(row.Action, NpgsqlDbType.Text);
            await writer.WriteAsync(row.ResourceType, NpgsqlDbType.Text);
            await writer.WriteAsync(row.ResourceId, NpgsqlDbType.Text);
            await writer.WriteAsync(row.Fields, NpgsqlDbType.Array | NpgsqlDbType.Text);
            await writer.WriteNullAsync();
            await writer.WriteAsync(row.Recipients, NpgsqlDbType.Array | NpgsqlDbType.Text);
            await writer.WriteNullAsync();
            await writer.WriteAsync(row.PreviousHash, NpgsqlDbType.Text);
            await writer.WriteAsync(row.Hash, NpgsqlDbType.Text);
        }

        await writer.CompleteAsync();
        await using var analyze = source.CreateCommand("ANALYZE audit_records; ANALYZE manual_observations");
        await analyze.ExecuteNonQueryAsync();
    }

    public static string Resource(int number) => new Guid(number, 0, 0, new byte[8]).ToString("D");
}
