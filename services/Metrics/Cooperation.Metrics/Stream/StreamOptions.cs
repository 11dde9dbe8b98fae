namespace Cooperation.Metrics.Stream;

/// <summary>Limits of the live stream (configuration section "Metrics:Stream").</summary>
public sealed class StreamOptions
{
    /// <summary>Changes a subscriber may hold unread before they are coalesced to the latest per value.</summary>
    public int BufferCapacity { get; set; } = 256;

    /// <summary>
    /// A subscriber that leaves changes unread, or whose client takes no message, for this long is
    /// ended with ResourceExhausted (it can resume with its last version).
    /// </summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a quiet stream says it is alive.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often the feed reads the change log even when nothing woke it: the safety net behind the
    /// broker's signal from other replicas (a signal lost in a broker outage delays, never loses).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The connection string (by name) of the broker the replicas tell each other of commits over;
    /// without one the service runs as a single replica and relies on the poll for anything else.
    /// </summary>
    public string ReplicaBroker { get; set; } = "messaging";

    /// <summary>The change log keeps every row younger than this ...</summary>
    public TimeSpan KeepChangesFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>... and, whatever their age, the newest this many versions (at least 1). A resume from before the oldest kept is reset.</summary>
    public int KeepChangeVersions { get; set; } = 10_000;

    /// <summary>How often the change log is pruned.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
