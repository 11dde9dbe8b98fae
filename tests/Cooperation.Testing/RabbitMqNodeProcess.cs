using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using RabbitMQ.Client;

namespace Cooperation.Testing;

/// <summary>
/// One RabbitMQ node on this machine, from Debian's <c>rabbitmq-server</c>, as the private broker
/// and each node of the private cluster run one: its own node name, AMQP port, Erlang distribution
/// port and data directory, an epmd port it may share, and (for a cluster) an Erlang cookie.
/// Starts, stops (SIGTERM, a clean shutdown), kills (SIGKILL, as a crash) and restarts on the same
/// port and data; runs <c>rabbitmqctl</c> against itself.
/// </summary>
internal sealed class RabbitMqNodeProcess
{
    public const string Bin = "/usr/lib/rabbitmq/bin";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private static readonly string ServerScript = Path.Combine(Bin, "rabbitmq-server");

    private readonly BrokerLog _log = new();
    private readonly string _directory;
    private readonly int _epmdPort;
    private readonly string? _cookie;
    private readonly string _logLevel;
    private Process? _process;
    private volatile bool _ready;

    /// <param name="directory">The node's own data directory (and $HOME).</param>
    /// <param name="nameForPort">The node name, given the AMQP port chosen for it.</param>
    /// <param name="epmdPort">The private epmd's port, shared by a cluster's nodes.</param>
    /// <param name="cookie">The Erlang cookie a cluster's nodes share; none for a lone broker.</param>
    /// <param name="logLevel">The console log level kept in <see cref="RecentLog"/>: a cluster's drills want its elections (info).</param>
    public RabbitMqNodeProcess(string directory, Func<int, string> nameForPort, int epmdPort, string? cookie = null, string logLevel = "warning")
    {
        _logLevel = logLevel;
        _directory = directory;
        _epmdPort = epmdPort;
        _cookie = cookie;
        Port = FixturePorts.FreeTcpPort();
        // The distribution port defaults to Port + 20000, which overflows above 45535.
        DistributionPort = FixturePorts.FreeTcpPort();
        NodeName = nameForPort(Port);
    }

    public int Port { get; }

    public int DistributionPort { get; }

    /// <summary>The Erlang node name, as the cluster reports it (e.g. as a queue's leader).</summary>
    public string NodeName { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Running and accepting AMQP connections since its last start: a node still booting cannot answer <c>rabbitmqctl</c> queries.</summary>
    public bool IsReady => _ready && IsRunning;

    /// <summary>The node's last console lines (at the level it was given), to explain a failure.</summary>
    public string RecentLog => _log.ToString();

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";

    /// <summary>Fails loudly when the broker is not installed, naming the package to install.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed ({ServerScript} is missing): install rabbitmq-server, e.g. `apt-get install -y rabbitmq-server`.");
        }
    }

    /// <summary>Starts the node (again, on the same data) and waits until it accepts AMQP connections.</summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        if (IsRunning)
        {
            return;
        }

        EnsureInstalled();
        WriteConfiguration();
        _process = FixtureProcesses.StartLogged(ServerScript, _directory, Environment(), _log);
        await WaitUntilReadyAsync(timeout);
        _ready = true;
    }

    /// <summary>Stops the node gracefully (SIGTERM to the start script, which runs a clean shutdown).</summary>
    public async Task StopAsync()
    {
        using var process = Take();
        if (process is { HasExited: false })
        {
            try
            {
                await FixtureProcesses.RunAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)], CommandTimeout);
            }
            catch (InvalidOperationException)
            {
                // It ended meanwhile.
            }

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

    /// <summary>Ends the node at once with SIGKILL to the start script and the Erlang VM under it (no clean shutdown, as a crash would).</summary>
    public async Task KillAsync()
    {
        using var process = Take();
        if (process is { HasExited: false })
        {
            // The tree holds the VM and its port helpers, not the daemonised epmd.
            process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(StopTimeout);
            await process.WaitForExitAsync(timeout.Token);
        }

        await WaitUntilPortClosedAsync();
    }

    /// <summary>Runs <c>rabbitmqctl</c> against this node (with its cookie) and returns its output.</summary>
    public Task<string> CtlAsync(params string[] arguments) =>
        FixtureProcesses.RunAsync(Path.Combine(Bin, "rabbitmqctl"), ["-q", "-n", NodeName, .. arguments], CommandTimeout, Environment());

    /// <summary>Ends the daemonised epmd on <paramref name="port"/>: it outlives the nodes, and ours serves no one else.</summary>
    public static async Task KillEpmdAsync(int port)
    {
        try
        {
            await FixtureProcesses.RunAsync("epmd", ["-kill"], TimeSpan.FromSeconds(10), [("ERL_EPMD_PORT", port.ToString(CultureInfo.InvariantCulture))]);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or TimeoutException)
        {
            // epmd missing means none was started; one already gone has nothing left to end.
        }
    }

    private Process? Take()
    {
        var process = _process;
        _process = null;
        _ready = false;
        return process;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var factory = new ConnectionFactory { Uri = new Uri(ConnectionString) };
        try
        {
            await Eventually.WaitUntilAsync(async () =>
            {
                if (!IsRunning)
                {
                    throw new InvalidOperationException($"Node {NodeName} exited during start-up:{System.Environment.NewLine}{_log}");
                }

                try
                {
                    await using var connection = await factory.CreateConnectionAsync();
                    return true;
                }
                catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or SocketException)
                {
                    return false;
                }
            }, $"node {NodeName} accepting AMQP connections on port {Port}", timeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{System.Environment.NewLine}{_log}", e);
        }
    }

    private Task WaitUntilPortClosedAsync() => Eventually.WaitUntilAsync(async () =>
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }, $"node {NodeName} no longer listening on port {Port}", StopTimeout);

    private void WriteConfiguration()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(_directory, "log"));
        File.WriteAllText(Path.Combine(_directory, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(_directory, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{Port}
            log.console = true
            log.console.level = {_logLevel}
            log.file = false
            """);
        // Erlang reads the cookie from $HOME and refuses one others may read.
        var cookieFile = Path.Combine(_directory, ".erlang.cookie");
        if (_cookie is not null && !File.Exists(cookieFile))
        {
            File.WriteAllText(cookieFile, _cookie);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(cookieFile, UnixFileMode.UserRead);
            }
        }
    }

    private (string Name, string Value)[] Environment() =>
    [
        ("HOME", _directory),
        ("RABBITMQ_NODENAME", NodeName),
        ("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1"),
        ("RABBITMQ_NODE_PORT", Port.ToString(CultureInfo.InvariantCulture)),
        ("RABBITMQ_DIST_PORT", DistributionPort.ToString(CultureInfo.InvariantCulture)),
        ("ERL_EPMD_PORT", _epmdPort.ToString(CultureInfo.InvariantCulture)),
        ("RABBITMQ_MNESIA_BASE", Path.Combine(_directory, "mnesia")),
        ("RABBITMQ_LOG_BASE", Path.Combine(_directory, "log")),
        ("RABBITMQ_CONFIG_FILE", Path.Combine(_directory, "rabbitmq")),
        ("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(_directory, "enabled_plugins")),
        ("RABBITMQ_PID_FILE", Path.Combine(_directory, "pid")),
    ];
}
