using System.Globalization;
using System.Text.Json;
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
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"rabbit-cluster-{Guid.NewGuid():N}");
    private readonly string _cookie = Guid.NewGuid().ToString("N");
    private readonly List<Node> _nodes;

    public RabbitMqCluster()
    {
        EpmdPort = FixturePorts.FreeTcpPort();
        _nodes = [.. Enumerable.Range(1, 3).Select(i => new Node(this, i))];
    }

    public int EpmdPort { get; }

    public IReadOnlyList<Node> Nodes => _nodes;

    /// <summary>Every node in one <c>ConnectionStrings:messaging</c>, comma-separated, as a platform hands a cluster out.</summary>
    public string ConnectionString => "amqp://guest:guest@" + string.Join(',', _nodes.Select(n => $"127.0.0.1:{n.Port}")) + "/";

    public async Task InitializeAsync()
    {
        RabbitMqNodeProcess.EnsureInstalled();
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

        await RabbitMqNodeProcess.KillEpmdAsync(EpmdPort);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A straggling Erlang helper may still hold a file; the temp dir is harmless.
        }
    }

    /// <summary>Each node's last console lines, named by node.</summary>
    public string RecentLogs() => string.Join(System.Environment.NewLine,
        _nodes.Select(n => $"--- {n.Name} ({(n.IsRunning ? "running" : "down")}) ---{System.Environment.NewLine}{n.RecentLog}"));

    /// <summary>The node that leads <paramref name="queue"/>'s quorum (its Raft leader), as the cluster reports it.</summary>
    public async Task<Node> LeaderOfAsync(string queue) =>
        await LeaderOfQueueOrNoneAsync(queue) ?? throw new InvalidOperationException($"Queue {queue} has no live leader.");

    /// <summary>
    /// The node that leads <paramref name="queue"/>'s quorum, or <c>null</c> while the cluster
    /// records none alive (the leader's node was lost and the new leader has not yet taken over).
    /// </summary>
    public async Task<Node?> LeaderOfQueueOrNoneAsync(string queue)
    {
        var asker = _nodes.First(n => n.IsReady);
        var output = await asker.CtlAsync("list_queues", "name", "leader", "--formatter", "json");
        using var json = JsonDocument.Parse(output);
        foreach (var row in json.RootElement.EnumerateArray())
        {
            if (row.GetProperty("name").GetString() == queue)
            {
                var leader = row.GetProperty("leader").GetString();
                return _nodes.SingleOrDefault(n => n.Name == leader);
            }
        }

        throw new InvalidOperationException($"No queue {queue} on the cluster: {output}");
    }

    /// <summary>
    /// What the cluster says of its queues (messages ready and unacknowledged, consumers, leader,
    /// members and which are online: a publish routed to several quorum queues is confirmed only if
    /// every one of them takes it), of the clients (connections per node port, consumers on
    /// <paramref name="queue"/>), and each node's last log lines, asked of a live node: a drill's
    /// failure message explains itself.
    /// </summary>
    public async Task<string> DescribeAsync(string queue)
    {
        var asker = _nodes.FirstOrDefault(n => n.IsReady);
        if (asker is null)
        {
            return "no node is ready";
        }

        try
        {
            var queues = await asker.CtlAsync("list_queues", "name", "messages_ready", "messages_unacknowledged", "consumers", "leader", "members", "online");
            var connections = await asker.CtlAsync("list_connections", "name", "port", "state");
            var consumers = await asker.CtlAsync("list_consumers", "queue_name", "channel_pid", "consumer_tag", "active", "prefetch_count");
            var nodes = string.Join(", ", _nodes.Select(n => $"{n.Name} port {n.Port} {(n.IsRunning ? "running" : "down")}"));
            return string.Join(System.Environment.NewLine,
                $"nodes: {nodes}", "queues:", queues.Trim(), "connections:", connections.Trim(), "consumers:", Only(consumers, queue));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            return $"{asker.Name} could not be asked: {e.Message}";
        }

        static string Only(string table, string queue) => string.Join(System.Environment.NewLine,
            table.Split('\n').Where(l => l.StartsWith(queue, StringComparison.Ordinal) || l.StartsWith("name", StringComparison.Ordinal)
                || l.StartsWith("queue_name", StringComparison.Ordinal)));
    }

    /// <summary>One node of the cluster.</summary>
    public sealed class Node
    {
        private readonly RabbitMqNodeProcess _process;

        internal Node(RabbitMqCluster cluster, int index)
        {
            Index = index;
            _process = new RabbitMqNodeProcess(
                Path.Combine(cluster._directory, $"node{index}"), port => $"node{index}-{port}@localhost", cluster.EpmdPort, cluster._cookie, logLevel: "info");
        }

        public int Index { get; }

        public int Port => _process.Port;

        public int DistributionPort => _process.DistributionPort;

        /// <summary>The Erlang node name, as the cluster reports it (e.g. as a queue's leader).</summary>
        public string Name => _process.NodeName;

        public bool IsRunning => _process.IsRunning;

        /// <summary>Running and accepting connections since its last start (a node still booting answers no queries).</summary>
        public bool IsReady => _process.IsReady;

        public string ConnectionString => _process.ConnectionString;

        /// <summary>The node's last console lines (info: connections, queue leader elections), to explain a failed drill.</summary>
        public string RecentLog => _process.RecentLog;

        public override string ToString() => Name;

        /// <summary>Starts the node (again, on the same data, after <see cref="KillAsync"/>) and waits until it accepts AMQP connections.</summary>
        public Task StartAsync() => _process.StartAsync(StartTimeout);

        /// <summary>Ends the node at once with SIGKILL (no clean shutdown, as a crash or a lost machine would).</summary>
        public Task KillAsync() => _process.KillAsync();

        /// <summary>Runs <c>rabbitmqctl</c> against this node (with the cluster's cookie) and returns its output.</summary>
        public Task<string> CtlAsync(params string[] arguments) => _process.CtlAsync(arguments);
    }
}
