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
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"rabbit-{Guid.NewGuid():N}");
    private readonly RabbitMqNodeProcess _node;

    public RabbitMqBroker()
    {
        EpmdPort = FixturePorts.FreeTcpPort();
        _node = new RabbitMqNodeProcess(_directory, port => $"test{port}@localhost", EpmdPort);
    }

    public int Port => _node.Port;

    public int DistributionPort => _node.DistributionPort;

    public int EpmdPort { get; }

    public string NodeName => _node.NodeName;

    /// <summary>The value for <c>ConnectionStrings:messaging</c>; guest may connect over loopback.</summary>
    public string ConnectionString => _node.ConnectionString;

    public bool IsRunning => _node.IsRunning;

    public Task InitializeAsync() => StartAsync();

    public async Task DisposeAsync()
    {
        await StopAsync();
        // epmd daemonises and outlives the broker. Ours listens on a port chosen for this broker
        // alone, so ending it cannot touch another run's epmd (or the machine's, on 4369).
        await RabbitMqNodeProcess.KillEpmdAsync(EpmdPort);
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
    public Task StartAsync() => _node.StartAsync(StartTimeout);

    /// <summary>Stops the broker gracefully (SIGTERM to the start script, which runs a clean shutdown).</summary>
    public Task StopAsync() => _node.StopAsync();

    /// <summary>
    /// Takes the broker away the way a crash does: SIGKILL to the start script and the Erlang VM
    /// under it, no clean shutdown. <see cref="StartAsync"/> brings it back on the same port and
    /// data, where it recovers its durable queues and the persistent messages it had confirmed.
    /// </summary>
    public Task KillAsync() => _node.KillAsync();

    /// <summary>
    /// Raises the broker's memory alarm (a high watermark of 0), the way a broker short of memory
    /// does: every connection that publishes is blocked, so publishes wait for confirms that do not
    /// come, while consumers go on receiving. <see cref="UnblockPublishersAsync"/> ends it.
    /// </summary>
    public Task BlockPublishersAsync() => _node.CtlAsync("set_vm_memory_high_watermark", "0");

    /// <summary>Puts the memory high watermark back to RabbitMQ's default (0.4), which clears the alarm.</summary>
    public Task UnblockPublishersAsync() => _node.CtlAsync("set_vm_memory_high_watermark", "0.4");

    /// <summary>Runs <c>rabbitmqctl</c> against the broker and returns its output (e.g. <c>list_connections timeout</c>).</summary>
    public Task<string> CtlAsync(params string[] arguments) => _node.CtlAsync(arguments);
}
