using Cooperation.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Cooperation.Deployment.Tests.Broker;

/// <summary>
/// What the cluster's broker (Debian's RabbitMQ 3.10) does to a channel whose first publish to a
/// quorum queue arrives while the node that led the queue is down and no new leader has been
/// recorded yet: it refuses (nacks) that publish, and every later one the channel routes to the
/// queue, for as long as that node stays down, though a new leader serves every other channel
/// within a second. The broker's channel asks the recorded leader's node once which queue version
/// it runs and, getting "node down", rejects without ever learning the new leader. A replica that
/// reconnects after a node's loss and publishes at once meets exactly this (the queue-leader drill);
/// it is why a platform on 3.10 must restart a lost node, and why the drill restarts the node it killed.
/// </summary>
[Collection(SharedBrokerCluster.Name)]
public sealed class FirstPublishDuringElectionTests(RabbitMqCluster cluster)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_channel_that_first_publishes_to_a_quorum_queue_while_its_leader_node_is_down_is_refused_until_that_node_is_back()
    {
        var name = $"first-publish-{Guid.NewGuid():N}";
        var leader = cluster.Nodes[0];
        var survivor = cluster.Nodes[1];
        await DeclareOnAsync(leader, name);
        Assert.Equal(leader, await cluster.LeaderOfAsync(name));

        await using var connection = await Connect(survivor).CreateConnectionAsync();
        await using var early = await ConfirmingChannelAsync(connection);
        await leader.KillAsync();
        try
        {
            Assert.False(await PublishAsync(early, name), "published while no leader was recorded");
            await Eventually.WaitUntilAsync(async () => (await cluster.LeaderOfQueueOrNoneAsync(name)) is { } now && now != leader,
                $"a new leader of {name}", Timeout);

            await using var later = await ConfirmingChannelAsync(connection);
            Assert.True(await PublishAsync(later, name), "a channel opened once the new leader was recorded is served");
            Assert.False(await PublishAsync(early, name), "the early channel stays refused while the node is down");
        }
        finally
        {
            await leader.StartAsync();
        }

        await Eventually.WaitUntilAsync(() => PublishAsync(early, name), "the early channel served once the node is back", Timeout);
    }

    private static ConnectionFactory Connect(RabbitMqCluster.Node node) => new() { Uri = new Uri(node.ConnectionString) };

    private static async Task DeclareOnAsync(RabbitMqCluster.Node node, string name)
    {
        await using var connection = await Connect(node).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { [Headers.XQueueType] = "quorum" });
        await channel.QueueBindAsync(name, name, string.Empty);
    }

    private static Task<IChannel> ConfirmingChannelAsync(IConnection connection) =>
        connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

    // True when the broker confirmed the message, false when it refused it (a nack).
    private static async Task<bool> PublishAsync(IChannel channel, string exchange)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await channel.BasicPublishAsync(exchange, string.Empty, mandatory: false, new BasicProperties { Persistent = true },
                "probe"u8.ToArray(), timeout.Token);
            return true;
        }
        catch (PublishException e) when (!e.IsReturn)
        {
            return false;
        }
    }
}
