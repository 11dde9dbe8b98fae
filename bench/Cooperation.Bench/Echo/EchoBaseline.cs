using Cooperation.Bench.Common;
using Cooperation.Bench.Echo.V1;
using Cooperation.Bench.Load;
using Google.Protobuf;

namespace Cooperation.Bench.Echo;

/// <summary>Starts this program in its serve-echo mode on the server core and loads it like a service.</summary>
internal static class EchoBaseline
{
    private static readonly ByteString Payload = ByteString.CopyFrom(new byte[64]);

    private static async Task<bool> EchoesAsync(Grpc.Net.Client.GrpcChannel channel)
    {
        var reply = await new EchoService.EchoServiceClient(channel).EchoAsync(new EchoRequest { Payload = Payload }, deadline: DateTime.UtcNow.AddSeconds(5));
        return reply.Payload == Payload;
    }

    public static async Task<LoadResult> MeasureAsync(LoadSettings settings)
    {
        await using var echo = await StartAsync();
        using var channels = new Channels(echo.Address, settings.Connections);
        var request = new EchoRequest { Payload = Payload };
        return await LoadGenerator.RunAsync(ServerCpu.ProcessOnly(() => Machine.TreeCpuTime(echo.Pid)), settings, slot =>
            new EchoService.EchoServiceClient(channels.For(slot)).EchoAsync(request).ResponseAsync);
    }

    /// <summary>Starts the echo server and waits until it echoes.</summary>
    public static async Task<ServerProcess> StartAsync()
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var arguments = Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? new[] { typeof(EchoBaseline).Assembly.Location, "serve-echo" }
            : ["serve-echo"];
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            // The services are web projects, which run the server garbage collector; so does the baseline.
            ["DOTNET_gcServer"] = "1",
        };
        return await ServerProcess.StartAsync("echo", self, arguments, environment, AppContext.BaseDirectory, EchoesAsync);
    }
}
