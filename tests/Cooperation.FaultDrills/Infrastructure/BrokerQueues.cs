using System.Text;
using RabbitMQ.Client;

namespace Cooperation.FaultDrills.Infrastructure;

/// <summary>What the drills do to queues directly: empty one before a drill, read a dead message's headers.</summary>
public static class BrokerQueues
{
    /// <summary>Drops what earlier drills left in <paramref name="queue"/> (their events are not this drill's to count).</summary>
    public static async Task PurgeAsync(string connectionString, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueuePurgeAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            // Not declared yet: nothing was left in it.
        }
    }

    /// <summary>
    /// The header <paramref name="header"/> of the message <paramref name="messageId"/> in <paramref name="queue"/>,
    /// read without taking the message away (every message looked at goes back when the channel closes).
    /// </summary>
    public static async Task<string?> PeekHeaderAsync(string connectionString, string queue, Guid messageId, string header)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        while (await channel.BasicGetAsync(queue, autoAck: false) is { } message)
        {
            if (message.BasicProperties.MessageId == messageId.ToString())
            {
                return message.BasicProperties.Headers?.TryGetValue(header, out var value) == true
                    ? value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value?.ToString()
                    : null;
            }
        }

        return null;
    }
}
