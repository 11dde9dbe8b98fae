using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// One subscriber's bounded buffer. Changes wait here until its stream takes them; when more than
/// the capacity wait, they are coalesced to the latest value per indicator, quarter and
/// disaggregation key (marked as coalesced), so a slow reader holds at most one entry per value.
/// From then until its stream takes them, each change replaces its value's entry in constant time,
/// so offering to a reader that is far behind costs the feed (and every other subscriber waiting
/// on it) no more than offering to one that keeps up. It is stalled while changes wait unread, or
/// a message waits for its client to take it, for longer than the limit.
/// </summary>
// The semaphore never hands out its wait handle, so it holds nothing that needs disposing; not
// disposing it lets the feed offer to a subscriber that is just leaving without a race.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim without its wait handle holds no unmanaged resource.")]
public sealed class StreamSubscriber(IReadOnlySet<string> codes, bool publishedOnly, int capacity, string disaggregation = "")
{
    private readonly Lock _lock = new();
    private readonly List<(LoggedChange Change, bool Coalesced)> _pending = [];
    // Once more than the capacity wait: the latest change per value, in place of _pending.
    private Dictionary<(string Code, Quarter Quarter, string Disaggregation), (LoggedChange Change, bool Coalesced)>? _merged;
    private readonly SemaphoreSlim _ready = new(0);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset? _unreadSince;
    private DateTimeOffset? _writingSince;
    private long _offeredThrough;

    /// <summary>Completes when the feed ended this subscriber for not reading.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Only published figures: the publications' rows of the change log, not the changes before them.</summary>
    public bool PublishedOnly => publishedOnly;

    /// <summary>The disaggregation key it follows: the totals (empty, the default), or its filter's (participant:BG, agency:&lt;uuid&gt;).</summary>
    public string Disaggregation => disaggregation;

    public bool Follows(LoggedChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return (codes.Count == 0 || codes.Contains(change.Value.IndicatorCode))
            && string.Equals(change.Value.Disaggregation, disaggregation, StringComparison.Ordinal)
            && (!publishedOnly || change.Published);
    }

    public void Offer(IReadOnlyList<LoggedChange> changes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var offered = false;
        lock (_lock)
        {
            if (changes.Count > 0)
            {
                _offeredThrough = Math.Max(_offeredThrough, changes[^1].Version);
            }

            foreach (var change in changes)
            {
                if (Follows(change))
                {
                    Add(change);
                    offered = true;
                }
            }

            if (_pending.Count > 0 || _merged is not null)
            {
                _unreadSince ??= now;
            }
        }

        if (offered)
        {
            _ready.Release();
        }
    }

    // Under the lock. Within the capacity every change waits in order; beyond it, the latest per value.
    private void Add(LoggedChange change)
    {
        if (_merged is null)
        {
            _pending.Add((change, false));
            if (_pending.Count <= capacity)
            {
                return;
            }

            _merged = new(_pending.Count);
            foreach (var (waiting, _) in _pending)
            {
                Merge(_merged, waiting);
            }

            _pending.Clear();
            return;
        }

        Merge(_merged, change);
    }

    private static void Merge(
        Dictionary<(string Code, Quarter Quarter, string Disaggregation), (LoggedChange Change, bool Coalesced)> merged, LoggedChange change)
    {
        var key = (change.Value.IndicatorCode, change.Value.Quarter, change.Value.Disaggregation);
        merged[key] = (change, merged.ContainsKey(key));
    }

    /// <summary>Its stream hands a message to the client; until <see cref="Written"/> the client has not taken it.</summary>
    public void Writing(DateTimeOffset now)
    {
        lock (_lock)
        {
            _writingSince = now;
        }
    }

    public void Written()
    {
        lock (_lock)
        {
            _writingSince = null;
        }
    }

    /// <summary>Whether changes have waited unread, or a message has waited for the client, for longer than <paramref name="limit"/>.</summary>
    public bool StalledFor(TimeSpan limit, DateTimeOffset now)
    {
        lock (_lock)
        {
            return (_unreadSince is { } unread && now - unread > limit) || (_writingSince is { } writing && now - writing > limit);
        }
    }

    public void End()
    {
        _ended.TrySetResult();
        _ready.Release();   // wakes a stream waiting to take, so it ends now
    }

    /// <summary>
    /// Takes everything waiting (none when nothing arrived within <paramref name="wait"/>, or it was
    /// ended), and the version through which this subscriber has been offered every change: what
    /// it does not follow up to there, it need not be sent.
    /// </summary>
    public async Task<TakenChanges> TakeAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        while (true)
        {
            var signalled = await _ready.WaitAsync(wait, cancellationToken);
            lock (_lock)
            {
                // One signal per offer: an earlier take may already have taken what a signal announced.
                if (_pending.Count == 0 && _merged is null && signalled && !_ended.Task.IsCompleted)
                {
                    continue;
                }

                var taken = new TakenChanges(
                    _merged is null ? [.. _pending] : [.. _merged.Values.OrderBy(p => p.Change.Version)], _offeredThrough);
                _pending.Clear();
                _merged = null;
                _unreadSince = null;
                return taken;
            }
        }
    }
}

/// <summary>What a stream took from its buffer, and the version through which everything was offered.</summary>
public sealed record TakenChanges(IReadOnlyList<(LoggedChange Change, bool Coalesced)> Changes, long OfferedThrough);
