using Cooperation.Bench.Data;
using Cooperation.Bench.Echo;
using Cooperation.Bench.Events;
using Cooperation.Bench.Load;
using Cooperation.Bench.Rpc;
using Cooperation.Bench.Start;
using Cooperation.Bench.Stream;

namespace Cooperation.Bench;

/// <summary>One benchmark per argument; each prints its table and writes it under bench/results.</summary>
internal static class BenchProgram
{
    private const string Usage =
        "usage: dotnet run -c Release --project bench/Cooperation.Bench -- stream [--subscribers N] [--rate N] [--seconds N] [--rounds N] | read | write | rpc | events | data [ROWS] | start | all";

    public static async Task<int> Main(string[] args)
    {
        switch (args.Length > 0 ? args[0] : "")
        {
            case "stream":
                return await StreamBenchmark.RunAsync(StreamBenchmarkSettings.FromArguments(args[1..]));
            case "serve-echo":
                return await EchoServer.RunAsync(args[1..]);
            case "read":
                return await RpcBenchmark.RunAsync(read: true, write: false, LoadSettings.Default);
            case "write":
                return await RpcBenchmark.RunAsync(read: false, write: true, LoadSettings.Default);
            case "rpc":
                return await RpcBenchmark.RunAsync(read: true, write: true, LoadSettings.Default);
            case "events":
                return await EventLatencyBenchmark.RunAsync(perSecond: 20, warmUp: TimeSpan.FromSeconds(5), window: TimeSpan.FromSeconds(15));
            case "data":
                return await DataScaleBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
            case "start":
                return await StackStartBenchmark.RunAsync(idle: TimeSpan.FromSeconds(20), rounds: 2);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }
}
