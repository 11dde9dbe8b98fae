using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace Cooperation.Bench.Events;

/// <summary>
/// Marks along the event path, seen from outside the services through triggers the bench adds to
/// their databases (nothing is logged or changed in the services). Each trigger NOTIFYs with the
/// row's message id and <c>clock_timestamp()</c>, the moment its statement ran; PostgreSQL delivers
/// a notification only when its transaction commits, so the arrival, stamped on this process's
/// clock, is the commit. Both are wall-clock times of the one machine, in ticks.
/// </summary>
internal sealed class PathMarks : IAsyncDisposable
{
    private const string Channel = "bench_path";
    private readonly NpgsqlConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _listening;

    private PathMarks(NpgsqlConnection connection)
    {
        _connection = connection;
        _connection.Notification += (_, e) => Record(e.Payload, DateTime.UtcNow.Ticks);
        _listening = Task.Run(ListenAsync);
    }

    /// <summary>Per mark name ("committed", "claimed", "stamped", "applied"), per message id: when its statement ran and when it committed.</summary>
    public ConcurrentDictionary<string, ConcurrentDictionary<string, (long Ran, long Committed)>> Marks { get; } = new();

    public ConcurrentDictionary<string, (long Ran, long Committed)> Of(string mark) =>
        Marks.GetOrAdd(mark, _ => new ConcurrentDictionary<string, (long, long)>());

    /// <summary>
    /// The outbox's marks: the row inserted (the change's commit), claimed by a relay (the claim's
    /// statement and commit) and stamped sent (run only after the broker's confirm).
    /// </summary>
    public static Task<PathMarks> OnOutboxAsync(string connectionString) => InstallAsync(connectionString, "outbox_messages", """
        IF TG_OP = 'INSERT' THEN
            PERFORM pg_notify('bench_path', 'committed|' || NEW.message_id || '|' || now_us);
        ELSIF OLD.sent_at IS NULL AND NEW.sent_at IS NOT NULL THEN
            PERFORM pg_notify('bench_path', 'stamped|' || NEW.message_id || '|' || now_us);
        ELSIF NEW.sent_at IS NULL AND NEW.claimed_by IS NOT NULL AND NEW.claimed_until IS DISTINCT FROM OLD.claimed_until THEN
            PERFORM pg_notify('bench_path', 'claimed|' || NEW.message_id || '|' || now_us);
        END IF;
        """);

    /// <summary>The inbox's mark: the consumer's inbox row inserted (its statement) and committed with the effect.</summary>
    public static Task<PathMarks> OnInboxAsync(string connectionString) => InstallAsync(connectionString, "inbox_messages", """
        PERFORM pg_notify('bench_path', 'applied|' || NEW.message_id || '|' || now_us);
        """);

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

    private static async Task<PathMarks> InstallAsync(string connectionString, string table, string body)
    {
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var command = new NpgsqlCommand($"""
                CREATE OR REPLACE FUNCTION {Channel}_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE now_us text := (extract(epoch FROM clock_timestamp()) * 1000000)::bigint::text;
                BEGIN
                {body}
                RETURN NEW;
                END $$;
                DROP TRIGGER IF EXISTS {Channel}_trigger ON {table};
                CREATE TRIGGER {Channel}_trigger AFTER INSERT OR UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION {Channel}_{table}();
                """, setup);
            await command.ExecuteNonQueryAsync();
        }

        // Unpooled, and kept open: a LISTEN belongs to its session.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString);
        await connection.OpenAsync();
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync();
        }

        return new PathMarks(connection);
    }

    private void Record(string payload, long arrived)
    {
        var parts = payload.Split('|');
        var ran = DateTime.UnixEpoch.Ticks + (long.Parse(parts[2], CultureInfo.InvariantCulture) * TimeSpan.TicksPerMicrosecond);
        Of(parts[0]).TryAdd(parts[1], (ran, arrived));
    }

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await _connection.WaitAsync(_stop.Token);
        }
    }
}
