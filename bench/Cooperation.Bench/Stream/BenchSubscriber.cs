using System.Diagnostics;
using Grpc.Core;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Bench.Stream;

/// <summary>
/// One dashboard following the benchmark's indicator: it reads every message as it comes and notes
/// when each value (the n-th commit sets value n) first arrived. Only its own reader writes its notes.
/// </summary>
internal sealed class BenchSubscriber(V1.IndicatorStreamService.IndicatorStreamServiceClient client, string indicator, int maxCommits)
{
    private readonly long[] _receivedAt = new long[maxCommits + 1];
    private readonly TaskCompletionSource _snapshot = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private AsyncServerStreamingCall<V1.WatchIndicatorsResponse>? _call;

    public Task SnapshotReceived => _snapshot.Task;

    /// <summary>The Stopwatch timestamp at which value <paramref name="value"/> arrived; 0 when it never did.</summary>
    public long ReceivedAt(int value) => Volatile.Read(ref _receivedAt[value]);

    public void Start(int year, int quarter, CancellationToken stop)
    {
        _call = client.WatchIndicators(new V1.WatchIndicatorsRequest { IndicatorIds = { indicator } }, cancellationToken: stop);
        _ = Task.Run(() => ReadAsync(year, quarter, stop), stop);
    }

    public void Stop() => _call?.Dispose();

    private async Task ReadAsync(int year, int quarter, CancellationToken stop)
    {
        try
        {
            while (await _call!.ResponseStream.MoveNext(stop))
            {
                var message = _call.ResponseStream.Current;
                if (message.Snapshot is not null)
                {
                    _snapshot.TrySetResult();
                }
                else if (message.Change is { } change && change.Value.Quarter.Year == year && change.Value.Quarter.Quarter_ == quarter)
                {
                    var value = (int)change.Value.Value;
                    if (value < _receivedAt.Length && _receivedAt[value] == 0)
                    {
                        Volatile.Write(ref _receivedAt[value], Stopwatch.GetTimestamp());
                    }
                }
            }
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or ObjectDisposedException)
        {
            _snapshot.TrySetException(e);
        }
    }
}
