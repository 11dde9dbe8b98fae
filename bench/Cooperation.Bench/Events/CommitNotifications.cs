using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Cooperation.Bench.Events;

/// <summary>
/// When rows of one table commit, seen from outside the service: a trigger (the bench's own, added
/// to the service's database) NOTIFYs with the row's message id, and PostgreSQL delivers a
/// notification only when its transaction commits. Each first arrival is stamped on this
/// process's clock, so two of these on two databases time a commit-to-commit path.
/// </summary>
internal sealed class CommitNotifications : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _listening;

    private CommitNotifications(NpgsqlConnection connection)
    {
        _connection = connection;
        _connection.Notification += (_, e) => Arrivals.TryAdd(e.Payload, Stopwatch.GetTimestamp());
        _listening = Task.Run(ListenAsync);
    }

    /// <summary>Stopwatch timestamps of each message id's first committed row.</summary>
    public ConcurrentDictionary<string, long> Arrivals { get; } = new();

    public static async Task<CommitNotifications> OnInsertAsync(string connectionString, string table, string channel)
    {
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var command = new NpgsqlCommand($"""
                CREATE OR REPLACE FUNCTION {channel}_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_notify('{channel}', NEW.message_id::text); RETURN NEW; END $$;
                DROP TRIGGER IF EXISTS {channel}_trigger ON {table};
                CREATE TRIGGER {channel}_trigger AFTER INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION {channel}_notify();
                """, setup);
            await command.ExecuteNonQueryAsync();
        }

        // Unpooled, and kept open: a LISTEN belongs to its session.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString);
        await connection.OpenAsync();
        await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
        {
            await listen.ExecuteNonQueryAsync();
        }

        return new CommitNotifications(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _listening;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        await _connection.DisposeAsync();
        _stop.Dispose();
    }

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await _connection.WaitAsync(_stop.Token);
        }
    }
}
