using System.Globalization;
using Npgsql;
using Xunit;

namespace Cooperation.Testing;

/// <summary>
/// A PostgreSQL primary and a streaming standby on this machine, as a platform runs a database
/// that must outlive its server: the standby is a <c>pg_basebackup -R</c> copy of the primary that
/// follows its WAL, and the primary waits for the standby's flush before it acknowledges a commit
/// (<c>synchronous_standby_names</c>), so a confirmed commit is on both. <see cref="KillPrimaryAsync"/>
/// ends the primary without a shutdown checkpoint (<c>-m immediate</c>, as a crash) and
/// <see cref="PromoteStandbyAsync"/> makes the standby the primary. Services reach the pair through one multi-host connection string with
/// <c>Target Session Attributes=primary</c>, so they follow the promotion without a change of setting.
/// </summary>
public sealed class PostgresStreamingPair : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _directory = Path.Combine("/tmp", $"pg-pair-{Guid.NewGuid():N}");
    private PostgresBinaries? _binaries;

    public int PrimaryPort { get; } = FixturePorts.FreeTcpPort();

    public int StandbyPort { get; } = FixturePorts.FreeTcpPort();

    /// <summary>True once <see cref="PromoteStandbyAsync"/> has promoted the standby.</summary>
    public bool FailedOver { get; private set; }

    private string PrimaryData => Path.Combine(_directory, "primary");

    private string StandbyData => Path.Combine(_directory, "standby");

    private PostgresBinaries Binaries => _binaries ?? throw new InvalidOperationException("The pair has not been initialised.");

    /// <summary>
    /// Both servers in one connection string: Npgsql opens connections on whichever is primary now,
    /// and checks again within a second of a host failing, so a promotion is found quickly.
    /// </summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1:{PrimaryPort},127.0.0.1:{StandbyPort};Username=postgres;Database={database};" +
        "Target Session Attributes=primary;Host Recheck Seconds=1;Timeout=5;Pooling=true;Include Error Detail=true";

    /// <summary>One server alone, for reading what it holds.</summary>
    public static string ServerConnectionString(int port, string database = "postgres") =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=false;Timeout=5";

    public async Task InitializeAsync()
    {
        _binaries = PostgresBinaries.Find("pg_basebackup", CommandTimeout);
        await _binaries.CreateDirectoryAsync(_directory);
        await _binaries.InitDbAsync(PrimaryData);
        await StartAsync(PrimaryData, PrimaryPort, "primary.log");
        await Binaries.RunAsync("pg_basebackup",
            ["-D", StandbyData, "-h", "127.0.0.1", "-p", PrimaryPort.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-X", "stream", "-R", "--no-sync"]);
        await StartAsync(StandbyData, StandbyPort, "standby.log");
        await WaitUntilStreamingAsync();
        // Only now: with a synchronous standby named and none connected, every commit would wait.
        await ExecuteAsync(PrimaryPort, "ALTER SYSTEM SET synchronous_standby_names = '*'");
        await ExecuteAsync(PrimaryPort, "SELECT pg_reload_conf()");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var data in new[] { PrimaryData, StandbyData })
        {
            if (_binaries is not null && File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                try
                {
                    await _binaries.StopImmediatelyAsync(data);
                }
                catch (InvalidOperationException)
                {
                    // Already stopped.
                }
            }
        }

        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Creates an empty database on the primary (the standby receives it through the WAL) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(PrimaryPort, $"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    /// <summary>Kills the primary: <c>pg_ctl stop -m immediate</c>, no checkpoint, open sessions cut. Nothing can commit until a promotion.</summary>
    public Task KillPrimaryAsync() => Binaries.StopImmediatelyAsync(PrimaryData);

    /// <summary>Promotes the standby (<c>pg_ctl promote</c>) and waits until it accepts writes.</summary>
    public async Task PromoteStandbyAsync()
    {
        await Binaries.RunAsync("pg_ctl", ["-D", StandbyData, "-w", "promote"]);
        FailedOver = true;
    }

    // fsync stays off (no machine crash is simulated); synchronous_commit stays on, so a commit
    // is acknowledged only once the standby has flushed it.
    private Task StartAsync(string data, int port, string log) => Binaries.StartAsync(data, Path.Combine(_directory, log), port, _directory,
        "-c max_connections=200 -c wal_level=replica -c max_wal_senders=5 -c hot_standby=on");

    private Task WaitUntilStreamingAsync() => Eventually.WaitUntilAsync(async () =>
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString(PrimaryPort));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_replication WHERE state = 'streaming'", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }, $"the standby on port {StandbyPort} streaming from the primary", CommandTimeout);

    private static async Task ExecuteAsync(int port, string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString(port));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
