using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RabbitMQ.Client;
using Xunit;

namespace Cooperation.Testing;

/// <summary>
/// A private RabbitMQ broker for one test run: Debian's <c>rabbitmq-server</c> on a free port, with
/// its own node name, Erlang distribution port, epmd port and data directory, so parallel runs never
/// meet. <see cref="StopAsync"/> and <see cref="StartAsync"/> restart it on the same port and data
/// (durable queues and persistent messages survive), which is how outage tests take it away.
/// Use it as an xunit class or collection fixture; it fails loudly when the broker is not installed.
/// </summary>
public sealed class RabbitMqBroker : IAsyncLifetime
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"rabbit-{Guid.NewGuid():N}");
    private readonly BrokerLog _log = new();
    private Process? _process;

    public RabbitMqBroker()
    {
        Port = FreeTcpPort();
        // The distribution port defaults to Port + 20000, which overflows above 45535.
        DistributionPort = FreeTcpPort();
        EpmdPort = FreeTcpPort();
        NodeName = $"test{Port}@localhost";
    }

    public int Port { get; }

    public int DistributionPort { get; }

    public int EpmdPort { get; }

    public string NodeName { get; }

    /// <summary>The value for <c>ConnectionStrings:messaging</c>; guest may connect over loopback.</summary>
    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";

    public bool IsRunning => _process is { HasExited: false };

    public Task InitializeAsync() => StartAsync();

    public async Task DisposeAsync()
    {
        await StopAsync();
        await KillPrivateEpmdAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A straggling Erlang helper may still hold a log file; the temp dir is harmless.
        }
    }

    /// <summary>Starts the broker (again, after <see cref="StopAsync"/>) and waits until it accepts AMQP connections.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed ({ServerScript} is missing): install rabbitmq-server, e.g. `apt-get install -y rabbitmq-server`.");
        }

        WriteConfiguration();
        _process = FixtureProcesses.StartLogged(ServerScript, _directory, Environment(), _log);
        await WaitUntilReadyAsync();
    }

    /// <summary>Stops the broker gracefully (SIGTERM to the start script, which runs a clean shutdown).</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        using var process = _process;
        _process = null;
        if (!process.HasExited)
        {
            await RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        await WaitUntilPortClosedAsync();
    }

    /// <summary>
    /// Takes the broker away the way a crash does: SIGKILL to the start script and the Erlang VM
    /// under it, no clean shutdown. <see cref="StartAsync"/> brings it back on the same port and
    /// data, where it recovers its durable queues and the persistent messages it had confirmed.
    /// </summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        using var process = _process;
        _process = null;
        if (!process.HasExited)
        {
            // Process.Kill sends SIGKILL on Unix; the tree holds the VM and its port helpers, not the daemonised epmd.
            process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(StopTimeout);
            await process.WaitForExitAsync(timeout.Token);
        }

        await WaitUntilPortClosedAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(ConnectionString) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException($"rabbitmq-server exited during start-up:{System.Environment.NewLine}{_log}");
            }

            try
            {
                await using var connection = await factory.CreateConnectionAsync();
                return;
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or SocketException)
            {
                if (deadline.Elapsed > StartTimeout)
                {
                    throw new TimeoutException($"RabbitMQ on port {Port} was not ready within {StartTimeout}:{System.Environment.NewLine}{_log}", e);
                }

                await Task.Delay(50);
            }
        }
    }

    private async Task WaitUntilPortClosedAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StopTimeout)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
            }
            catch (SocketException)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"RabbitMQ on port {Port} still listens {StopTimeout} after being stopped.");
    }

    private void WriteConfiguration()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(_directory, "log"));
        File.WriteAllText(Path.Combine(_directory, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(_directory, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{Port}
            log.console = true
            log.console.level = warning
            log.file = false
            """);
    }

    private IEnumerable<(string Name, string Value)> Environment()
    {
        yield return ("HOME", _directory);
        yield return ("RABBITMQ_NODENAME", NodeName);
        yield return ("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1");
        yield return ("RABBITMQ_NODE_PORT", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("RABBITMQ_DIST_PORT", DistributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("ERL_EPMD_PORT", EpmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("RABBITMQ_MNESIA_BASE", Path.Combine(_directory, "mnesia"));
        yield return ("RABBITMQ_LOG_BASE", Path.Combine(_directory, "log"));
        yield return ("RABBITMQ_CONFIG_FILE", Path.Combine(_directory, "rabbitmq"));
        yield return ("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(_directory, "enabled_plugins"));
        yield return ("RABBITMQ_PID_FILE", Path.Combine(_directory, "pid"));
    }

    // epmd daemonises and outlives the broker. Ours listens on a port chosen for this broker alone,
    // so killing it cannot touch another run's epmd (or the machine's, on 4369).
    private Task KillPrivateEpmdAsync() =>
        RunAsync("epmd", ["-kill"], ("ERL_EPMD_PORT", EpmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task RunAsync(string file, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        try
        {
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // epmd missing means no epmd was started either.
        }
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
