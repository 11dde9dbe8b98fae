using Cooperation.Bench.Echo;
using Cooperation.Bench.Load;
using Cooperation.Bench.Rpc;
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
            case "serve-echo":
                return await EchoServer.RunAsync(args[1..]);
            case "read":
                return await RpcBenchmark.RunAsync(read: true, write: false, LoadSettings.Default);
            case "write":
                return await RpcBenchmark.RunAsync(read: false, write: true, LoadSettings.Default);
            case "rpc":
                return await RpcBenchmark.RunAsync(read: true, write: true, LoadSettings.Default);
            default:
                await Console.Error.WriteLineAsync(
                    "usage: dotnet run -c Release --project bench/Cooperation.Bench -- stream [--subscribers N] [--rate N] [--seconds N] | read | write | rpc");
                return 2;
        }
    }
}
