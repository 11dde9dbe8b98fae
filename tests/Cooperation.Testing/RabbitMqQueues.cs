using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Cooperation.Testing;

/// <summary>Reads a broker's queues directly, to assert what MassTransit left where.</summary>
public static class RabbitMqQueues
{
    /// <summary>Ready messages in <paramref name="queue"/>, or <c>null</c> when the queue does not exist.</summary>
    public static async Task<uint?> MessageCountAsync(string connectionString, string queue, CancellationToken cancellationToken = default)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return declared.MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }
}
