using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// One subscriber's bounded buffer. Changes wait here until its stream takes them; when more than
/// the capacity wait, they are coalesced to the latest value per indicator and quarter (marked as
/// coalesced), so a slow reader holds at most one entry per value and never slows the feed.
/// </summary>
// The semaphore never hands out its wait handle, so it holds nothing that needs disposing; not
// disposing it lets the feed offer to a subscriber that is just leaving without a race.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim without its wait handle holds no unmanaged resource.")]
public sealed class StreamSubscriber(IReadOnlySet<string> codes, int capacity)
{
    private readonly Lock _lock = new();
    private readonly List<(IndicatorValue Value, bool Coalesced)> _pending = [];
    private readonly SemaphoreSlim _ready = new(0);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset? _unreadSince;

    /// <summary>Completes when the feed ended this subscriber for not reading.</summary>
    public Task Ended => _ended.Task;

    public bool Follows(string code) => codes.Count == 0 || codes.Contains(code);

    public void Offer(IReadOnlyList<IndicatorValue> changes, DateTimeOffset now)
    {
        lock (_lock)
        {
            foreach (var change in changes.Where(c => Follows(c.IndicatorCode)))
            {
                _pending.Add((change, false));
            }

            if (_pending.Count > capacity)
            {
                var latest = _pending.GroupBy(p => (p.Value.IndicatorCode, p.Value.Quarter))
                    .Select(g => (g.Last().Value, Coalesced: g.Count() > 1 || g.Any(p => p.Coalesced)))
                    .OrderBy(p => p.Value.Version).ToList();
                _pending.Clear();
                _pending.AddRange(latest);
            }

            if (_pending.Count > 0)
            {
                _unreadSince ??= now;
            }
        }

        _ready.Release();
    }

    /// <summary>Whether changes have waited unread for longer than <paramref name="limit"/>.</summary>
    public bool StalledFor(TimeSpan limit, DateTimeOffset now)
    {
        lock (_lock)
        {
            return _unreadSince is { } since && now - since > limit;
        }
    }

    public void End()
    {
        _ended.TrySetResult();
        _ready.Release();   // wakes a stream waiting to take, so it ends now
    }

    /// <summary>Takes everything waiting; empty when nothing arrived within <paramref name="wait"/>.</summary>
    public async Task<IReadOnlyList<(IndicatorValue Value, bool Coalesced)>> TakeAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        await _ready.WaitAsync(wait, cancellationToken);
        lock (_lock)
        {
            var taken = _pending.ToList();
            _pending.Clear();
            _unreadSince = null;
            return taken;
        }
    }
}
