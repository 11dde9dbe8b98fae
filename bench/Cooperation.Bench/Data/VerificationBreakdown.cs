using System.Data;
using System.Diagnostics;
using System.Globalization;
using Cooperation.Bench.Common;
using Cooperation.BuildingBlocks.Audit;
using Npgsql;

namespace Cooperation.Bench.Data;

/// <summary>
/// The audit-chain verification split into its parts, in this process: the chain's query read
/// column by column with nothing done with the values (what PostgreSQL and Npgsql cost), and the
/// service's own <see cref="AuditTrail.VerifyAsync"/> over the same connection (reading plus hashing).
/// </summary>
internal sealed record VerificationBreakdown(long ReadRecords, TimeSpan Read, long VerifiedRecords, TimeSpan Verified, TimeSpan VerifiedWithToken)
{
    private const string ChainSql = """
        SELECT sequence, record_id, occurred_at, actor_subject, actor_participant, actor_agency_id, operation, action,
            resource_type, resource_id, fields, justification, recipients, correlation_id, previous_hash, hash
        FROM audit_records ORDER BY sequence
        """;

    public static async Task<VerificationBreakdown> MeasureAsync(NpgsqlDataSource source)
    {
        await using var connection = await source.OpenConnectionAsync();
        var read = Stopwatch.StartNew();
        var rows = await ReadOnlyAsync(connection);
        var readTime = read.Elapsed;

        var verify = Stopwatch.StartNew();
        var verification = await AuditTrail.VerifyAsync(connection);
        var verified = verify.Elapsed;

        // As the service runs it: with the call's cancellation token (a deadline), not CancellationToken.None.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        verify.Restart();
        await AuditTrail.VerifyAsync(connection, deadline.Token);
        return new VerificationBreakdown(rows, readTime, verification.RecordsChecked, verified, verify.Elapsed);
    }

    public IEnumerable<string[]> Rows() =>
    [
        ["Reading the chain's rows only (this process, Npgsql, no hashing)", Count(ReadRecords), "", $"{Read.TotalSeconds:F1} s", ResultsFile.Number(ReadRecords / Read.TotalSeconds), ""],
        ["AuditTrail.VerifyAsync (this process, no gRPC)", Count(VerifiedRecords), "", $"{Verified.TotalSeconds:F1} s", ResultsFile.Number(VerifiedRecords / Verified.TotalSeconds), ""],
        ["AuditTrail.VerifyAsync with a cancellable token, as a call passes it (this process)", Count(VerifiedRecords), "", $"{VerifiedWithToken.TotalSeconds:F1} s", ResultsFile.Number(VerifiedRecords / VerifiedWithToken.TotalSeconds), ""],
    ];

    private static string Count(long records) => records.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<long> ReadOnlyAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(ChainSql, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.Default);
        long rows = 0;
        while (await reader.ReadAsync())
        {
            _ = reader.GetInt64(0);
            _ = reader.GetGuid(1);
            _ = reader.GetFieldValue<DateTimeOffset>(2);
            _ = reader.GetString(3);
            _ = reader.IsDBNull(4) ? null : reader.GetString(4);
            _ = reader.IsDBNull(5) ? (Guid?)null : reader.GetGuid(5);
            _ = reader.GetString(6);
            _ = reader.GetString(7);
            _ = reader.GetString(8);
            _ = reader.GetString(9);
            _ = reader.GetFieldValue<string[]>(10);
            _ = reader.IsDBNull(11) ? null : reader.GetString(11);
            _ = reader.GetFieldValue<string[]>(12);
            _ = reader.IsDBNull(13) ? null : reader.GetString(13);
            _ = reader.GetString(14);
            _ = reader.GetString(15);
            rows++;
        }

        return rows;
    }
}
