using Cooperation.Bench.Common;

namespace Cooperation.Bench.Load;

/// <summary>What a measured window gave: completed calls per second, latencies, failures, and CPU used on each side.</summary>
internal sealed record LoadResult(double CallsPerSecond, Percentiles Latencies, long Failures, string? FirstFailure, double ServerCpuShare, double DatabaseCpuShare, double ClientCpuShare)
{
    /// <summary>Milliseconds of server-side CPU (the server's and PostgreSQL's processes) per completed call.</summary>
    public double ServerCpuPerCall => ServerCpuShare * 1000 / CallsPerSecond;

    /// <summary>Of <see cref="ServerCpuPerCall"/>, what PostgreSQL used.</summary>
    public double DatabaseCpuPerCall => DatabaseCpuShare * 1000 / CallsPerSecond;

    /// <summary>CPU used per second of the window, in cores (1.0 = one core busy all the time).</summary>
    public static double Share(TimeSpan used, TimeSpan window) => used.TotalSeconds / window.TotalSeconds;
}
