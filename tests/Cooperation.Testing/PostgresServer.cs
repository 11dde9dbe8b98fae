using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Xunit;

namespace Cooperation.Testing;

/// <summary>
/// A private PostgreSQL cluster for one test run: Debian's server binaries, a fresh data directory
/// and a free port on loopback, trust authentication, durability switched off for speed. Tests ask
/// for databases of their own with <see cref="CreateDatabaseAsync"/> (often copies of a migrated
/// template, see <see cref="TestDatabases"/>), so tests never share state. Fails loudly when
/// PostgreSQL is not installed. <see cref="Shared"/> is the one cluster a test run shares.
/// </summary>
public sealed class PostgresServer(bool durableCommits = false) : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<Task<PostgresServer>> SharedCluster = new(StartSharedAsync);

    private readonly string _directory = Path.Combine("/tmp", $"pg-{Guid.NewGuid():N}");
    private PostgresBinaries? _binaries;

    public int Port { get; } = FixturePorts.FreeTcpPort();

    /// <summary>The cluster of this test run: started on first use, stopped when the test process exits.</summary>
    public static Task<PostgresServer> Shared => SharedCluster.Value;

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    public async Task InitializeAsync()
    {
        _binaries = PostgresBinaries.Find("initdb", StartTimeout);
        await _binaries.CreateDirectoryAsync(_directory);
        await _binaries.InitDbAsync(DataDirectory);
        await StartAsync();
    }

    /// <summary>
    /// Starts the server (again, after <see cref="CrashAsync"/>) on the same port and data directory;
    /// after a crash PostgreSQL replays its write-ahead log first, as it would after a power cut.
    /// </summary>
    public async Task StartAsync()
    {
        var binaries = _binaries ?? throw new InvalidOperationException("The cluster has not been initialised.");
        await binaries.StartAsync(DataDirectory, Path.Combine(_directory, "server.log"), Port, _directory,
            $"-c max_connections=500{(durableCommits ? string.Empty : " -c synchronous_commit=off")}");
    }

    /// <summary>
    /// Takes the server away the way a crash does (start the cluster with durable commits for this:
    /// without them the last commits may still sit in the server's WAL buffers and die with it): <c>pg_ctl stop -m immediate</c> ends every backend
    /// at once, without a checkpoint, and open connections break mid-statement.
    /// </summary>
    public async Task CrashAsync()
    {
        var binaries = _binaries ?? throw new InvalidOperationException("The cluster has not been initialised.");
        await binaries.StopImmediatelyAsync(DataDirectory);
    }

    /// <summary>Ends every backend connected to <paramref name="database"/> (pg_terminate_backend); returns how many.</summary>
    public async Task<int> TerminateBackendsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString()) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @database AND pid <> pg_backend_pid()",
            connection);
        command.Parameters.AddWithValue("database", database);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_binaries is not null && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await _binaries.StopImmediatelyAsync(DataDirectory);
        }

        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>
    /// Creates a database and returns its connection string: empty, or a copy of
    /// <paramref name="template"/> (which nobody may be connected to meanwhile).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test", string? template = null)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        var from = template is null ? string.Empty : $" TEMPLATE \"{template}\"";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"{from}");
        return ConnectionString(name);
    }

    private async Task ExecuteAsync(string sql)
    {
        // Unpooled: administration connections to "postgres" are few and must not linger.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString()) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private string DataDirectory => Path.Combine(_directory, "data");

    private static async Task<PostgresServer> StartSharedAsync()
    {
        SweepStaleClusters();
        var cluster = new PostgresServer();
        await cluster.InitializeAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopDetached();
        return cluster;
    }

    /// <summary>
    /// Stops the cluster and deletes its directory from a process of its own, in a session of its
    /// own: the test host may be ended as soon as its exit handlers return.
    /// </summary>
    private void StopDetached()
    {
        NpgsqlConnection.ClearAllPools();
        if (_binaries is null)
        {
            return;
        }

        var stop = $"{(PostgresBinaries.IsRoot ? "runuser -u postgres -- " : string.Empty)}'{_binaries.PathOf("pg_ctl")}' -D '{DataDirectory}' -m immediate -w stop";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", $"{stop} >/dev/null 2>&1; rm -rf '{_directory}'" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start);
    }

    // A run ended before its clean-up leaves its cluster's directory behind. One without a running
    // server (no postmaster.pid) and older than any start-up is such a leftover.
    private static void SweepStaleClusters()
    {
        var staleBefore = DateTime.UtcNow - TimeSpan.FromMinutes(30);
        foreach (var directory in Directory.EnumerateDirectories("/tmp", "pg-*"))
        {
            var isOurs = Path.GetFileName(directory).Length == "pg-".Length + 32;
            var running = File.Exists(Path.Combine(directory, "data", "postmaster.pid"));
            if (!isOurs || running || Directory.GetLastWriteTimeUtc(directory) > staleBefore)
            {
                continue;
            }

            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run is sweeping it too, or it is not ours to remove.
            }
        }
    }
}
