using System.Globalization;
using System.Net;
using Cooperation.AppHost.Platform;

namespace Cooperation.AppHost.Messaging;

/// <summary>Where and under which names one private RabbitMQ node runs, and the files it needs.</summary>
internal sealed record LocalRabbitMqNode(int Port, int DistributionPort, string NodeName, string DataDirectory)
{
    /// <summary>
    /// Names the node after its port. A port of 0 takes a free one (the tests do, so several stacks
    /// can run at once). Erlang's distribution port defaults to port + 20000, which overflows for
    /// high ports and then fails the boot, so it is always chosen here: port + 20000 for a fixed
    /// port (so the ports table holds), a free one for a free port or when that would overflow.
    /// </summary>
    public static LocalRabbitMqNode Create(int port, string dataRoot)
    {
        var amqpPort = port == 0 ? FreePort.OnLoopback() : port;
        var distributionPort = amqpPort + 20000;
        if (port == 0 || distributionPort > IPEndPoint.MaxPort)
        {
            do
            {
                distributionPort = FreePort.OnLoopback();
            }
            while (distributionPort == amqpPort);
        }

        var nodeName = string.Create(CultureInfo.InvariantCulture, $"cooperation-{amqpPort}@localhost");
        var dataDirectory = Path.Combine(dataRoot, amqpPort.ToString(CultureInfo.InvariantCulture));
        return new LocalRabbitMqNode(amqpPort, distributionPort, nodeName, dataDirectory);
    }

    /// <summary>
    /// Keeps the node's data (mnesia: queues and the messages waiting in them) from the last run
    /// on this port, unless <paramref name="reset"/> asks for an empty broker. A node left running by
    /// a crashed run is stopped first, since a second node of the same name cannot boot. The config
    /// files are written afresh each time: they hold nothing but this run's settings.
    /// </summary>
    public void PrepareDataDirectory(bool reset)
    {
        var pidFile = Path.Combine(DataDirectory, "pid");
        if (LeftoverProcess.PidFrom(pidFile) is { } leftover && LeftoverProcess.IsRunning(leftover, "beam.smp"))
        {
            Console.WriteLine($"messaging: stopping node {NodeName} (pid {leftover}) left running by an earlier run");
            LeftoverProcess.Stop(leftover, "TERM", TimeSpan.FromSeconds(30));
        }

        if (reset && Directory.Exists(DataDirectory))
        {
            Console.WriteLine($"messaging: LocalData:Reset wipes {DataDirectory}");
            Directory.Delete(DataDirectory, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(DataDirectory, "mnesia"));
        File.Delete(pidFile);
        Directory.CreateDirectory(Path.Combine(DataDirectory, "log"));
        File.WriteAllText(EnabledPluginsFile, "[].\n");
        File.WriteAllText(ConfigFile + ".conf", string.Create(CultureInfo.InvariantCulture,
            $"listeners.tcp.default = 127.0.0.1:{Port}\nlog.console = true\nlog.console.level = warning\nlog.file = false\n"));
        File.WriteAllText(EnvironmentFile, "# Empty: the AppHost passes every setting as an environment variable.\n");
    }

    /// <summary>The variables rabbitmq-server reads; none of the package's /etc files are used.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        // The Erlang cookie lives in HOME; rabbitmqctl needs the same HOME to talk to the node.
        ["HOME"] = DataDirectory,
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
        ["RABBITMQ_CONFIG_FILE"] = ConfigFile,
        ["RABBITMQ_CONF_ENV_FILE"] = EnvironmentFile,
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = EnabledPluginsFile,
        ["RABBITMQ_PID_FILE"] = Path.Combine(DataDirectory, "pid"),
    };

    private string ConfigFile => Path.Combine(DataDirectory, "rabbitmq");

    private string EnabledPluginsFile => Path.Combine(DataDirectory, "enabled_plugins");

    private string EnvironmentFile => Path.Combine(DataDirectory, "rabbitmq-env.conf");
}
