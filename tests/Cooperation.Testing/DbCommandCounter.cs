using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cooperation.Testing;

/// <summary>
/// Counts the commands Npgsql sends to one database while it is alive, from Npgsql's own
/// ActivitySource, so a test can prove that a list or get runs a fixed number of queries whatever
/// the page size. Only commands against <paramref name="database"/> count, so test classes running
/// in parallel on their own databases do not disturb each other. It keeps each command's text too,
/// for a test that proves which statements share a round trip.
/// </summary>
public sealed class DbCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly string _database;
    private readonly ConcurrentQueue<string> _texts = new();
    private int _count;

    public DbCommandCounter(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        _database = database;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Commands sent to the database since the counter started or was last reset.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of each command counted, in the order they ended.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _texts.Clear();
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>
    /// The commands one call sends, as the fewest of <paramref name="tries"/> runs: the service's
    /// background work (the outbox relay, its jobs) shares the database and can only add commands
    /// to a run it overlaps, never take them away.
    /// </summary>
    public static async Task<int> FewestAsync(string database, Func<Task> call, int tries = 3)
    {
        ArgumentNullException.ThrowIfNull(call);
        var fewest = int.MaxValue;
        for (var i = 0; i < tries; i++)
        {
            using var counter = new DbCommandCounter(database);
            await call();
            fewest = Math.Min(fewest, counter.Count);
        }

        return fewest;
    }

    /// <summary>The database a connection string names (its <c>Database=</c> part).</summary>
    public static string DatabaseOf(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));

    private void Record(Activity activity)
    {
        // Npgsql names the database in the OpenTelemetry tag of its version: db.namespace, or db.name before.
        var database = activity.GetTagItem("db.namespace") as string ?? activity.GetTagItem("db.name") as string;
        if (string.Equals(database, _database, StringComparison.Ordinal) && activity.OperationName != "connect")
        {
            Interlocked.Increment(ref _count);
            if ((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string text)
            {
                _texts.Enqueue(text);
            }
        }
    }
}
