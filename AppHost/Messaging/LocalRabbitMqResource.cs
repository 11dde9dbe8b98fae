namespace Cooperation.AppHost.Messaging;

/// <summary>
/// A private RabbitMQ node run from the rabbitmq-server package: its own port, node name, Erlang
/// distribution port and data directory, so it never meets a system broker or another stack's node.
/// </summary>
internal sealed class LocalRabbitMqResource(string name, string command, LocalRabbitMqNode node)
    : ExecutableResource(name, command, node.DataDirectory), IResourceWithConnectionString
{
    public LocalRabbitMqNode Node { get; } = node;

    // guest/guest is allowed because the broker listens on loopback only.
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Node.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/");
}
