using Cooperation.Bench.Stream;

namespace Cooperation.Bench;

/// <summary>One benchmark per argument; each prints its table and writes it under bench/results.</summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.Length > 0 ? args[0] : "")
        {
            case "stream":
                return await StreamBenchmark.RunAsync(StreamBenchmarkSettings.FromArguments(args[1..]));
            default:
                await Console.Error.WriteLineAsync(
                    "usage: dotnet run -c Release --project bench/Cooperation.Bench -- stream [--subscribers N] [--rate N] [--seconds N] [--rounds N]");
                return 2;
        }
    }
}
