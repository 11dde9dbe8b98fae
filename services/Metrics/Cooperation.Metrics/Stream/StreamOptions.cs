namespace Cooperation.Metrics.Stream;

/// <summary>Limits of the live stream (configuration section "Metrics:Stream").</summary>
public sealed class StreamOptions
{
    /// <summary>Changes a subscriber may hold unread before they are coalesced to the latest per value.</summary>
    public int BufferCapacity { get; set; } = 256;

    /// <summary>A subscriber holding unread changes this long is ended with ResourceExhausted.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a quiet stream says it is alive.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the feed reads the change log even with no commit signalled (changes of other replicas).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
