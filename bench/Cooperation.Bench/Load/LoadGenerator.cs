using System.Diagnostics;
using Cooperation.Bench.Common;

namespace Cooperation.Bench.Load;

/// <summary>
/// A closed-loop load: a fixed number of slots (calls in flight), each starting its next call when
/// the one before ends. Calls during the warm-up are not counted; only those that start and end
/// inside the measured window are. The caller maps a slot to its connection (see <see cref="Channels"/>).
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(ServerCpu serverCpu, LoadSettings settings, Func<int, Task> call)
    {
        // One call per connection first, so connecting is not part of any measure.
        await Task.WhenAll(Enumerable.Range(0, settings.Connections).Select(call));

        var measuring = 0;
        using var stop = new CancellationTokenSource();
        var slots = Enumerable.Range(0, settings.Calls)
            .Select(slot => Task.Run(() => SlotAsync(slot, call, () => Volatile.Read(ref measuring) == 1, stop.Token)))
            .ToList();

        await Task.Delay(settings.WarmUp);
        var serverBefore = serverCpu.Server();
        var databaseBefore = serverCpu.Database();
        var clientCpu = Machine.CpuTime(Environment.ProcessId);
        var window = Stopwatch.StartNew();
        Volatile.Write(ref measuring, 1);
        await Task.Delay(settings.Window);
        Volatile.Write(ref measuring, 0);
        var elapsed = window.Elapsed;
        var serverUsed = serverCpu.Server() - serverBefore + (serverCpu.Database() - databaseBefore);
        var databaseUsed = serverCpu.Database() - databaseBefore;
        var clientUsed = Machine.CpuTime(Environment.ProcessId) - clientCpu;
        await stop.CancelAsync();
        var outcomes = await Task.WhenAll(slots);

        var latencies = outcomes.SelectMany(o => o.Latencies).ToList();
        return new LoadResult(
            latencies.Count / elapsed.TotalSeconds,
            new Percentiles(latencies),
            outcomes.Sum(o => o.Failures),
            outcomes.Select(o => o.FirstFailure).FirstOrDefault(f => f is not null),
            LoadResult.Share(serverUsed, elapsed),
            LoadResult.Share(databaseUsed, elapsed),
            LoadResult.Share(clientUsed, elapsed));
    }

    private static async Task<SlotOutcome> SlotAsync(int slot, Func<int, Task> call, Func<bool> measuring, CancellationToken stop)
    {
        var outcome = new SlotOutcome();
        while (!stop.IsCancellationRequested)
        {
            var counted = measuring();
            var started = Stopwatch.GetTimestamp();
            try
            {
                await call(slot);
                if (counted && measuring())
                {
                    outcome.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            catch (Exception e) when (e is Grpc.Core.RpcException or Npgsql.NpgsqlException)
            {
                outcome.Failures += counted ? 1 : 0;
                outcome.FirstFailure ??= e.Message;
            }
        }

        return outcome;
    }

    private sealed class SlotOutcome
    {
        public List<double> Latencies { get; } = [];

        public long Failures { get; set; }

        public string? FirstFailure { get; set; }
    }
}
