using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Cooperation.Bench.Common;

/// <summary>
/// A server in a process of its own, pinned with taskset to <see cref="Machine.ServerCore"/>,
/// listening for h2c on a free port; killed (with its children) when disposed.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan HealthyTimeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerProcess(string name, Process process, int port)
    {
        Name = name;
        _process = process;
        Port = port;
        Channel = GrpcChannel.ForAddress(Address);
    }

    public string Name { get; }

    public int Port { get; }

    public int Pid => _process.Id;

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public GrpcChannel Channel { get; }

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/> and waits until grpc.health.v1 answers SERVING.</summary>
    public static async Task<ServerProcess> StartAsync(
        string name, string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory,
        Func<GrpcChannel, Task<bool>>? ready = null)
    {
        var port = FreeTcpPort();
        var start = new ProcessStartInfo("taskset")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", Machine.ServerCore.ToString(CultureInfo.InvariantCulture), program }
                     .Concat(arguments)
                     .Concat(["--urls", $"http://127.0.0.1:{port}", "--Kestrel:EndpointDefaults:Protocols=Http2"]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var server = new ServerProcess(name, process, port);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(ready ?? ServingAsync);
        }
        catch
        {
            // A server that never became ready is not left running.
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task<bool> ServingAsync(GrpcChannel channel)
    {
        var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(5));
        return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving;
    }

    private async Task WaitUntilReadyAsync(Func<GrpcChannel, Task<bool>> ready)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{string.Join('\n', _output)}");
            }

            try
            {
                if (await ready(Channel))
                {
                    return;
                }
            }
            catch (Grpc.Core.RpcException)
            {
                // Not listening yet, or a check (database, broker) not healthy yet.
            }

            if (waited.Elapsed > HealthyTimeout)
            {
                throw new TimeoutException($"{Name} was not serving within {HealthyTimeout}:\n{string.Join('\n', _output)}");
            }

            await Task.Delay(200);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
