namespace Cooperation.Bench.Stream;

/// <summary>Delivery latencies in milliseconds and their percentiles (nearest rank).</summary>
internal sealed class Latencies(IReadOnlyList<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public IReadOnlyList<double> Values => _sorted;

    public double Percentile(double p)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}
