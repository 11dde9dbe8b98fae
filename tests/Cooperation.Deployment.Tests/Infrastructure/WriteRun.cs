using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cooperation.Deployment.Tests.Infrastructure;

/// <summary>
/// A steady run of writes, one unit of work at a time, spread over the replicas: each write is a new
/// project id; a write whose commit threw is counted as sent but not committed (it may or may not
/// have reached the database: neither lost nor owed). Records when each commit was acknowledged.
/// </summary>
public sealed class WriteRun(IReadOnlyList<DrillHost> replicas)
{
    private readonly ConcurrentDictionary<Guid, TimeSpan> _committed = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _sent;

    public int Sent => _sent;

    public IReadOnlyDictionary<Guid, TimeSpan> Committed => _committed;

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Writes until <paramref name="count"/> commits were acknowledged, a write every <paramref name="pause"/>, giving up after <paramref name="timeout"/>.</summary>
    public async Task RunAsync(int count, TimeSpan pause, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = _clock.Elapsed + timeout;
        while (_committed.Count < count)
        {
            if (_clock.Elapsed > deadline)
            {
                throw new TimeoutException($"Only {_committed.Count} of {count} writes committed within {timeout} ({_sent} sent).");
            }

            var projectId = Guid.NewGuid();
            var replica = replicas[_sent % replicas.Count];
            Interlocked.Increment(ref _sent);
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(TimeSpan.FromSeconds(10));
                await replica.WriteAsync(projectId, attempt.Token);
                _committed[projectId] = _clock.Elapsed;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The database is away (failover) or the attempt timed out: try the next write.
            }

            await Task.Delay(pause, cancellationToken);
        }
    }

    /// <summary>The first write acknowledged after <paramref name="after"/>, if any.</summary>
    public Guid? FirstCommittedAfter(TimeSpan after) =>
        _committed.Where(c => c.Value > after).OrderBy(c => c.Value).Select(c => (Guid?)c.Key).FirstOrDefault();
}
