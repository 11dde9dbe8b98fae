using Cooperation.Bench.Common;

namespace Cooperation.Bench.Load;

/// <summary>What a measured window gave: completed calls per second, latencies, failures, and CPU used on each side.</summary>
internal sealed record LoadResult(double CallsPerSecond, Percentiles Latencies, long Failures, string? FirstFailure, double ServerCpuShare, double ClientCpuShare)
{
    /// <summary>CPU used per second of the window, in cores (1.0 = one core busy all the time).</summary>
    public static double Share(TimeSpan used, TimeSpan window) => used.TotalSeconds / window.TotalSeconds;
}
