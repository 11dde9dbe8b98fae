namespace Cooperation.Bench.Common;

/// <summary>Latencies in milliseconds and their percentiles (nearest rank).</summary>
internal sealed class Percentiles(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public double P50 => Of(50);

    public double P99 => Of(99);

    public double Of(double percentile)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}
