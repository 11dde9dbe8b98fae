using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cooperation.Metrics.Tests.Infrastructure;

/// <summary>The text of every command Npgsql sends to one database while it is alive, from Npgsql's ActivitySource.</summary>
internal sealed class CommandTexts : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly string _database;
    private readonly ConcurrentQueue<string> _texts = new();

    public CommandTexts(string database)
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

    public IReadOnlyList<string> Texts => [.. _texts];

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        var database = activity.GetTagItem("db.namespace") as string ?? activity.GetTagItem("db.name") as string;
        if (string.Equals(database, _database, StringComparison.Ordinal)
            && (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string text)
        {
            _texts.Enqueue(text);
        }
    }
}
