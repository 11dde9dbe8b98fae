using System.Diagnostics;

namespace Cooperation.Bench.Stream;

/// <summary>What every subscriber received of the commits of one measured window.</summary>
internal sealed record WindowResult(int Commits, long Expected, long Delivered, Latencies Latencies)
{
    public double DeliveredShare => Expected == 0 ? 0 : (double)Delivered / Expected;

    public static WindowResult Of(Committer committer, (int First, int Last) window, IReadOnlyList<BenchSubscriber> subscribers)
    {
        var latencies = new List<double>();
        long delivered = 0;
        foreach (var subscriber in subscribers)
        {
            for (var value = window.First; value <= window.Last; value++)
            {
                var received = subscriber.ReceivedAt(value);
                if (received != 0)
                {
                    delivered++;
                    latencies.Add((received - committer.CommittedAt(value)) * 1000.0 / Stopwatch.Frequency);
                }
            }
        }

        var commits = window.Last - window.First + 1;
        return new WindowResult(commits, (long)commits * subscribers.Count, delivered, new Latencies(latencies));
    }

    /// <summary>Several windows as one: their commits, deliveries and latencies pooled.</summary>
    public static WindowResult Pool(IReadOnlyList<WindowResult> windows) => new(
        windows.Sum(w => w.Commits), windows.Sum(w => w.Expected), windows.Sum(w => w.Delivered),
        new Latencies([.. windows.SelectMany(w => w.Latencies.Values)]));
}
