namespace Cooperation.BuildingBlocks.Messaging;

/// <summary>Settings of the outbox relay and the inbox consumers, bound from the <c>Messaging</c> section.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>How often the relay looks for unsent events when no commit has woken it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows the relay takes per pass.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker's confirm before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a relay's claim on a batch keeps other relays off it. A relay that stops or dies
    /// mid-batch leaves its unsent rows to any relay once this has passed. At least three
    /// <see cref="PublishTimeout"/>s are used, so a claim always outlasts a publish and its stamp.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>First wait after a failed publish; doubles with each attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The outbox health check reports Degraded once the oldest unsent event is older than this.</summary>
    public TimeSpan PendingAgeDegradedAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// In-process retries of a failing message (zeros are immediate retries); <see cref="DefaultRetryIntervals"/>
    /// when unset. No default is assigned here because configuration binding appends to an existing array.
    /// </summary>
    public TimeSpan[]? RetryIntervals { get; set; }

    public static IReadOnlyList<TimeSpan> DefaultRetryIntervals { get; } =
        [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    /// <summary>Times a message that exhausted its retries goes back to the broker before the error queue.</summary>
    public int Redeliveries { get; set; } = 3;

    /// <summary>How long a redelivered message waits in the broker. Changing it needs the old <c>_redelivery</c> queues deleted.</summary>
    public TimeSpan RedeliveryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the client and the broker show each other the connection is alive (AMQP heartbeats).
    /// A node that goes away without closing its sockets (a lost machine, a network partition) is
    /// noticed after about two of these, and only then does the client connect to another node of
    /// the cluster; RabbitMQ.Client's own default, 60 seconds, would hold events for minutes.
    /// </summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long connecting to one node may take before the client tries the next one.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Declares every endpoint's queue (and its <c>_redelivery</c> and <c>_error</c> queues) as a
    /// quorum queue, replicated across a cluster's nodes, so a confirmed message survives the loss
    /// of a node. On by default; a broker that still holds classic queues of the same names refuses
    /// the declaration (PRECONDITION_FAILED), so such queues are deleted once (see docs/replicas.md).
    /// </summary>
    public bool QuorumQueues { get; set; } = true;
}
