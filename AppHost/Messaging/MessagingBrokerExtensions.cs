using Cooperation.AppHost.Platform;
using Microsoft.Extensions.Configuration;

namespace Cooperation.AppHost.Messaging;

internal static class MessagingBrokerExtensions
{
    /// <summary>
    /// The Debian package's own start script, the default for <c>Messaging:RabbitMqServer</c>;
    /// /usr/sbin/rabbitmq-server is a wrapper that switches to the rabbitmq user and its home.
    /// </summary>
    public const string DebianRabbitMqServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public const string NothingToRunHint =
        "No container engine and no rabbitmq-server: run `sudo apt-get install rabbitmq-server` or start Docker.";

    /// <summary>
    /// The RabbitMQ broker every service publishes to. <c>Messaging:Broker</c> chooses: <c>container</c>,
    /// <c>local</c> (rabbitmq-server) or <c>auto</c> (the default: a container where an engine answers).
    /// <c>Messaging:Port</c> fixes the AMQP port; 0 or unset takes a free one. <c>Messaging:RabbitMqServer</c>
    /// names the rabbitmq-server script where it is not Debian's. Either way the broker's data is kept
    /// between runs (a container volume, or a directory under <see cref="LocalData"/>).
    /// Returns null when neither a container engine nor rabbitmq-server is there.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString>? AddMessagingBroker(
        this IDistributedApplicationBuilder builder, string name, LocalData localData)
    {
        var port = builder.Configuration.GetValue<int?>("Messaging:Port") ?? 0;
        var choice = builder.Configuration["Messaging:Broker"] ?? "auto";

        if (choice == "container" || (choice == "auto" && ContainerEngine.Answers()))
        {
            Console.WriteLine($"messaging: RabbitMQ container{(port == 0 ? "" : $" on port {port}")}");
            var container = builder.AddRabbitMQ(name, port: port == 0 ? null : port);
            var volume = VolumeNameGenerator.Generate(container, "data");
            if (localData.Reset)
            {
                ContainerEngine.RemoveVolume(volume);
            }

            return container.WithDataVolume(volume);
        }

        var rabbitMqServer = builder.Configuration["Messaging:RabbitMqServer"] ?? DebianRabbitMqServer;
        if (!File.Exists(rabbitMqServer))
        {
            return null;
        }

        return builder.AddLocalRabbitMq(name, rabbitMqServer, port, localData);
    }

    private static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, string rabbitMqServer, int port, LocalData localData)
    {
        var node = LocalRabbitMqNode.Create(port, localData.DirectoryFor("messaging"));
        node.PrepareDataDirectory(localData.Reset);
        Console.WriteLine($"messaging: local rabbitmq-server node {node.NodeName} on 127.0.0.1:{node.Port}, data in {node.DataDirectory}");

        var healthCheckKey = builder.AddResourceHealthCheck($"{name}_amqp_handshake", new AmqpHandshakeHealthCheck(node.Port));

        var broker = builder.AddResource(new LocalRabbitMqResource(name, rabbitMqServer, node))
            .WithHealthCheck(healthCheckKey);
        foreach (var (variable, value) in node.Environment)
        {
            broker.WithEnvironment(variable, value);
        }

        return broker;
    }
}
