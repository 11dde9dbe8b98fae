using System.Diagnostics;

namespace Cooperation.BuildingBlocks.Tests.Messaging;

/// <summary>
/// Counts the relay's look at what waits in the outbox (its count, oldest and next-due query) on
/// one database, from Npgsql's ActivitySource, while it is alive.
/// </summary>
internal sealed class RelayPendingQueries : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly string _database;
    private int _count;

    public RelayPendingQueries(string database)
    {
        _database = database;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => Volatile.Read(ref _count);

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        var database = activity.GetTagItem("db.namespace") as string ?? activity.GetTagItem("db.name") as string;
        var text = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? "";
        if (string.Equals(database, _database, StringComparison.Ordinal)
            && text.Contains("MIN(occurred_at)", StringComparison.Ordinal)
            && text.Contains("outbox_messages", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
