using System.Globalization;

namespace Cooperation.Bench.Stream;

/// <summary>
/// The benchmark's shape: the goals are for 1,000 subscribers and 10 changes a second.
/// <see cref="Rounds"/> pairs of windows, one without and one with a stalled subscriber each.
/// </summary>
internal sealed record StreamBenchmarkSettings(int Subscribers, int ChangesPerSecond, TimeSpan WarmUp, TimeSpan Window, int Rounds)
{
    public static StreamBenchmarkSettings FromArguments(string[] args)
    {
        var settings = new StreamBenchmarkSettings(1_000, 10, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10), 6);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--subscribers" => settings with { Subscribers = value },
                "--rate" => settings with { ChangesPerSecond = value },
                "--seconds" => settings with { Window = TimeSpan.FromSeconds(value) },
                "--rounds" => settings with { Rounds = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return settings;
    }
}
