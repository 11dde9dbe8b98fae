using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using RabbitMQ.Client;
using Xunit;

namespace Cooperation.Testing;

/// <summary>
/// A private three-node RabbitMQ cluster on this machine, from Debian's <c>rabbitmq-server</c>:
/// each node has its own node name, AMQP port, Erlang distribution port and data directory; the
/// nodes share one Erlang cookie and one private epmd, and the second and third join the first
/// (<c>join_cluster</c>). <see cref="KillAsync"/> ends a node with SIGKILL, as a crashed machine
/// would. Start it once per collection: a cluster takes tens of seconds to form.
/// </summary>
public sealed class RabbitMqCluster : IAsyncLifetime
{
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"rabbit-cluster-{Guid.NewGuid():N}");
    private readonly string _cookie = Guid.NewGuid().ToString("N");
    private readonly List<Node> _nodes;

    public RabbitMqCluster()
    {
        EpmdPort = FreeTcpPort();
        _nodes = [.. Enumerable.Range(1, 3).Select(i => new Node(this, i))];
    }

    public int EpmdPort { get; }

    public IReadOnlyList<Node> Nodes => _nodes;

    /// <summary>Every node in one <c>ConnectionStrings:messaging</c>, comma-separated, as a platform hands a cluster out.</summary>
    public string ConnectionString => "amqp://guest:guest@" + string.Join(',', _nodes.Select(n => $"127.0.0.1:{n.Port}")) + "/";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "rabbitmq-server")))
        {
            throw new InvalidOperationException($"RabbitMQ is not installed ({Bin}/rabbitmq-server is missing): install rabbitmq-server.");
        }

        await Task.WhenAll(_nodes.Select(n => n.StartAsync()));
        foreach (var node in _nodes.Skip(1))
        {
            await node.CtlAsync("stop_app");
            await node.CtlAsync("join_cluster", _nodes[0].Name);
            await node.CtlAsync("start_app");
        }

        await _nodes[0].CtlAsync("await_online_nodes", "3", "--timeout", ((int)StartTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.KillAsync();
        }

        await RunAsync("epmd", ["-kill"], TimeSpan.FromSeconds(10), ("ERL_EPMD_PORT", EpmdPort.ToString(CultureInfo.InvariantCulture)));
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A straggling Erlang helper may still hold a file; the temp dir is harmless.
        }
    }

    /// <summary>The node that leads <paramref name="queue"/>'s quorum (its Raft leader), as the cluster reports it.</summary>
    public async Task<Node> LeaderOfAsync(string queue)
    {
        var asker = _nodes.First(n => n.IsRunning);
        var output = await asker.CtlAsync("list_queues", "name", "leader", "--formatter", "json");
        using var json = JsonDocument.Parse(output);
        foreach (var row in json.RootElement.EnumerateArray())
        {
            if (row.GetProperty("name").GetString() == queue)
            {
                var leader = row.GetProperty("leader").GetString();
                return _nodes.Single(n => n.Name == leader);
            }
        }

        throw new InvalidOperationException($"No queue {queue} on the cluster: {output}");
    }

    private static async Task<string> RunAsync(
        string file, IEnumerable<string> arguments, TimeSpan timeout, params (string Name, string Value)[] environment)
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not end within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }

        return await output;
    }

    // The CLI tools take their own distribution ports from 35672–35682: a node listening there
    // would take one from them (or they from it).
    private static int FreeTcpPort()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (port is < 35672 or > 35682)
            {
                return port;
            }
        }
    }

    /// <summary>One node of the cluster.</summary>
    public sealed class Node
    {
        private readonly RabbitMqCluster _cluster;
        private readonly string _directory;
        private readonly BrokerLog _log = new();
        private Process? _process;

        internal Node(RabbitMqCluster cluster, int index)
        {
            _cluster = cluster;
            Index = index;
            Port = FreeTcpPort();
            DistributionPort = FreeTcpPort();
            Name = $"node{index}-{Port}@localhost";
            _directory = Path.Combine(cluster._directory, $"node{index}");
        }

        public int Index { get; }

        public int Port { get; }

        public int DistributionPort { get; }

        /// <summary>The Erlang node name, as the cluster reports it (e.g. as a queue's leader).</summary>
        public string Name { get; }

        public bool IsRunning => _process is { HasExited: false };

        public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";

        public override string ToString() => Name;

        /// <summary>Starts the node (again, on the same data, after <see cref="KillAsync"/>) and waits until it accepts AMQP connections.</summary>
        public async Task StartAsync()
        {
            if (IsRunning)
            {
                return;
            }

            WriteConfiguration();
            _process = FixtureProcesses.StartLogged(Path.Combine(Bin, "rabbitmq-server"), _directory, Environment(), _log);
            await WaitUntilReadyAsync();
        }

        /// <summary>Ends the node at once with SIGKILL (no clean shutdown, as a crash or a lost machine would).</summary>
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
                process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(CommandTimeout);
                await process.WaitForExitAsync(timeout.Token);
            }
        }

        /// <summary>Runs <c>rabbitmqctl</c> against this node (with the cluster's cookie) and returns its output.</summary>
        public Task<string> CtlAsync(params string[] arguments) =>
            RunAsync(Path.Combine(Bin, "rabbitmqctl"), ["-q", "-n", Name, .. arguments], CommandTimeout, [.. Environment()]);

        private async Task WaitUntilReadyAsync()
        {
            var factory = new ConnectionFactory { Uri = new Uri(ConnectionString) };
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                if (_process is null || _process.HasExited)
                {
                    throw new InvalidOperationException($"Node {Name} exited during start-up:{System.Environment.NewLine}{_log}");
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
                        throw new TimeoutException($"Node {Name} was not ready within {StartTimeout}:{System.Environment.NewLine}{_log}", e);
                    }

                    await Task.Delay(100);
                }
            }
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
            // Erlang reads the cookie from $HOME and refuses one others may read.
            var cookie = Path.Combine(_directory, ".erlang.cookie");
            if (!File.Exists(cookie))
            {
                File.WriteAllText(cookie, _cluster._cookie);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
                }
            }
        }

        private IEnumerable<(string Name, string Value)> Environment()
        {
            yield return ("HOME", _directory);
            yield return ("RABBITMQ_NODENAME", Name);
            yield return ("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1");
            yield return ("RABBITMQ_NODE_PORT", Port.ToString(CultureInfo.InvariantCulture));
            yield return ("RABBITMQ_DIST_PORT", DistributionPort.ToString(CultureInfo.InvariantCulture));
            yield return ("ERL_EPMD_PORT", _cluster.EpmdPort.ToString(CultureInfo.InvariantCulture));
            yield return ("RABBITMQ_MNESIA_BASE", Path.Combine(_directory, "mnesia"));
            yield return ("RABBITMQ_LOG_BASE", Path.Combine(_directory, "log"));
            yield return ("RABBITMQ_CONFIG_FILE", Path.Combine(_directory, "rabbitmq"));
            yield return ("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(_directory, "enabled_plugins"));
            yield return ("RABBITMQ_PID_FILE", Path.Combine(_directory, "pid"));
        }
    }
}
