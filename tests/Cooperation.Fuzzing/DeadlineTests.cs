using System.Diagnostics;
using Cooperation.Fuzzing.Hosts;
using Cooperation.Fuzzing.Probes;
using Grpc.Core;
using Npgsql;
using Xunit.Abstractions;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.Fuzzing;

/// <summary>
/// A write held up in the database past its deadline: the test locks a table the write needs (the
/// agencies table for its insert, the audit trail for the record written at commit), lets the
/// deadline pass, releases the lock and checks the caller got DeadlineExceeded, the server's
/// statement was cancelled while the lock was still held, and nothing was committed afterwards.
/// </summary>
public sealed class DeadlineTests(WorkingGroupFactory host, ITestOutputHelper output) : IClassFixture<WorkingGroupFactory>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("agencies")]
    [InlineData("audit_records")]
    public async Task A_write_blocked_past_its_deadline_commits_nothing(string lockedTable)
    {
        var client = new V1.AgenciesService.AgenciesServiceClient(host.ChannelFor("uk-co-chair"));
        var name = $"Deadline drill {Guid.NewGuid():N}";
        var counts = new TableCounts(host.ConnectionString);
        // Warm the service so the deadline is spent waiting on the lock, not on the first call's start-up.
        await client.ListAgenciesAsync(new V1.ListAgenciesRequest(), deadline: DateTime.UtcNow.Add(WaitLimit));
        var before = await counts.TakeAsync();

        await using var blocker = new NpgsqlConnection(host.ConnectionString);
        await blocker.OpenAsync();
        // Probes run on their own connection: a transaction sees one snapshot of pg_stat_activity.
        await using var probe = new NpgsqlConnection(host.ConnectionString);
        await probe.OpenAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        // EXCLUSIVE lets the write's reads through and stops its insert.
        await Execute(blocker, $"LOCK TABLE {lockedTable} IN EXCLUSIVE MODE");

        var clock = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<RpcException>(() => client.CreateAgencyAsync(new V1.CreateAgencyRequest
        {
            Participant = TypeV1.Participant.Uk,
            NameEn = name,
            NameBg = "Учение за краен срок",
            Kind = V1.AgencyKind.Other,
        }, deadline: DateTime.UtcNow.Add(Deadline)).ResponseAsync);
        var answeredAfter = clock.Elapsed;

        // The server's statement must end while the lock is still held: a write still waiting
        // would go on to commit the moment the lock is released.
        await Eventually.WaitUntilAsync(
            async () => await WaitingOnLocksAsync(probe) == 0,
            $"the write's statement on {lockedTable} to be cancelled after its deadline", WaitLimit);
        var cancelledAfter = clock.Elapsed;
        await hold.RollbackAsync();
        await Eventually.WaitUntilAsync(
            async () => await BusyServerSessionsAsync(probe) == 0, "the service's sessions to go idle", WaitLimit);

        var committed = await ScalarAsync(probe, $"SELECT count(*) FROM agencies WHERE name_en = '{name}'");
        var grown = TableCounts.Grown(before, await counts.TakeAsync());
        output.WriteLine($"Deadline drill, {lockedTable} locked: sent=1, committed={committed}, delivered=0, duplicates=0, lost=0; " +
            $"{refused.StatusCode} ({refused.Status.Detail}) after {answeredAfter.TotalSeconds:F1} s, statement cancelled by {cancelledAfter.TotalSeconds:F1} s " +
            $"(deadline {Deadline.TotalSeconds:F0} s)");
        Assert.Equal(0, committed);
        Assert.True(grown.Count == 0, $"Rows written after the deadline: {string.Join(", ", grown)}");
        // Last, so a wrong status does not hide whether anything was committed.
        Assert.Equal(StatusCode.DeadlineExceeded, StatusSeenOverKestrel(refused));
    }

    /// <summary>
    /// At its deadline the server writes the DeadlineExceeded trailers and then resets the stream
    /// with CANCEL (grpc-dotnet's DeadlineExceededAsync). Over Kestrel the trailers reach the caller
    /// first; the in-memory TestServer can let the reset overtake them when the server's timer
    /// fires before the client's, and the client then reports Internal for the reset. That reset,
    /// and only that one, is the server's deadline.
    /// </summary>
    private static StatusCode StatusSeenOverKestrel(RpcException refused) =>
        refused.StatusCode == StatusCode.Internal
        && refused.Status.Detail.Contains("HttpResetTestException", StringComparison.Ordinal)
        && refused.Status.Detail.Contains("error code 8", StringComparison.Ordinal)
            ? StatusCode.DeadlineExceeded
            : refused.StatusCode;

    /// <summary>Sessions of this database, other than the test's, waiting for a lock.</summary>
    private static Task<long> WaitingOnLocksAsync(NpgsqlConnection connection) => ScalarAsync(connection, """
        SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE NOT l.granted AND a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.backend_type = 'client backend'
        """);

    /// <summary>Sessions of this database, other than the test's, running a statement or holding a transaction open.</summary>
    private static Task<long> BusyServerSessionsAsync(NpgsqlConnection connection) => ScalarAsync(connection, """
        SELECT count(*) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS NOT NULL AND state <> 'idle'
        """);

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
