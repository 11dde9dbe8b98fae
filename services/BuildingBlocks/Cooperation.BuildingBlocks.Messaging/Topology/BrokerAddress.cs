using System.Globalization;
using RabbitMQ.Client;

namespace Cooperation.BuildingBlocks.Messaging.Topology;

/// <summary>
/// The broker's connection string, read once: one node (<c>amqp://user:pass@host:port/vhost</c>) or
/// the nodes of one cluster with a comma between them
/// (<c>amqp://user:pass@node1:5672,node2:5672,node3:5672/vhost</c>), the form platform teams hand
/// out for a RabbitMQ cluster. <see cref="Uri"/> names the first node with the credentials and
/// virtual host every node shares; <see cref="Nodes"/> lists all of them, in order, for clients
/// that should reconnect to another node when the one they use goes away.
/// </summary>
public sealed record BrokerAddress(Uri Uri, IReadOnlyList<BrokerNode> Nodes)
{
    private const int DefaultPort = 5672;

    /// <summary>True when the connection string names more than one node.</summary>
    public bool IsCluster => Nodes.Count > 1;

    /// <summary>The nodes as RabbitMQ.Client endpoints, for <c>ConnectionFactory.CreateConnectionAsync(endpoints, …)</c>.</summary>
    public IReadOnlyList<AmqpTcpEndpoint> Endpoints => [.. Nodes.Select(n => new AmqpTcpEndpoint(n.Host, n.Port))];

    public static BrokerAddress Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var schemeEnd = connectionString.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            throw Invalid(connectionString);
        }

        var scheme = connectionString[..schemeEnd];
        var rest = connectionString[(schemeEnd + 3)..];
        var pathStart = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = pathStart < 0 ? rest : rest[..pathStart];
        var path = pathStart < 0 ? "/" : rest[pathStart..];
        // The last '@' ends the credentials: a password may itself contain one (percent-encoded or not).
        var at = authority.LastIndexOf('@');
        var credentials = at < 0 ? string.Empty : authority[..(at + 1)];
        var hosts = authority[(at + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (hosts.Length == 0)
        {
            throw Invalid(connectionString);
        }

        var nodes = hosts.Select(h => ParseNode(h, connectionString)).ToList();
        var first = $"{scheme}://{credentials}{hosts[0]}{path}";
        return Uri.TryCreate(first, UriKind.Absolute, out var uri) ? new BrokerAddress(uri, nodes) : throw Invalid(connectionString);
    }

    private static BrokerNode ParseNode(string host, string connectionString)
    {
        var colon = host.LastIndexOf(':');
        if (colon < 0)
        {
            return new BrokerNode(host, DefaultPort);
        }

        return int.TryParse(host[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && colon > 0
            ? new BrokerNode(host[..colon], port)
            : throw Invalid(connectionString);
    }

    // The message never repeats the connection string: it may carry a password.
    private static FormatException Invalid(string connectionString) => new(
        $"ConnectionStrings:messaging is not an amqp:// address of one node or of several comma-separated nodes ({connectionString.Length} characters).");
}

/// <summary>One node of the broker: host name and AMQP port.</summary>
public sealed record BrokerNode(string Host, int Port)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");
}
