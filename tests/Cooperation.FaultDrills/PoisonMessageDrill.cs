using System.Text;
using Cooperation.FaultDrills.Infrastructure;
using Cooperation.Testing;
using RabbitMQ.Client;

namespace Cooperation.FaultDrills;

/// <summary>
/// A message no consumer can read lands at the head of metrics' queue. It goes to the queue's
/// <c>_error</c> queue with MassTransit's fault headers saying why, and the events behind it are
/// applied as if it had never been there.
/// </summary>
[Collection(DrillsDefinition.Name)]
public sealed class PoisonMessageDrill(DrillInfrastructure infrastructure, ITestOutputHelper output)
{
    private const int EventsBehind = 200;
    private const string ErrorQueue = ProjectEvents.MetricsQueue + "_error";

    [Fact(Timeout = 120_000)]
    public async Task A_poison_message_lands_in_the_error_queue_and_does_not_block_the_events_behind_it()
    {
        var workingGroupSettings = await DrillServices.WorkingGroupSettingsAsync(infrastructure);
        var metricsSettings = await DrillServices.MetricsSettingsAsync(infrastructure);
        // No second-level redelivery: the drill needs the message in the error queue now, not after the redelivery delays.
        metricsSettings["Messaging:Redeliveries"] = "0";
        using var workingGroup = await DrillServices.WorkingGroupAsync(workingGroupSettings);
        await ProjectEvents.AddLeadAgencyAsync(workingGroupSettings.WorkingGroupDatabase());
        var errorsBefore = await RabbitMqQueues.MessageCountAsync(infrastructure.Broker.ConnectionString, ErrorQueue) ?? 0;

        // At the head of the queue before metrics starts, so every event of this drill queues behind it.
        await BrokerQueues.PurgeAsync(infrastructure.Broker.ConnectionString, ProjectEvents.MetricsQueue);
        var poisonId = Guid.NewGuid();
        await PublishPoisonAsync(poisonId);
        var load = new WriteLoad(workingGroup.ChannelFor("uk-co-chair"));
        await load.RunAsync(EventsBehind, inFlight: 4);
        using var metrics = await DrillServices.MetricsAsync(metricsSettings);

        var (producer, consumer) = await ProjectEvents.UntilAllAppliedAsync(
            workingGroupSettings.WorkingGroupDatabase(), metricsSettings.MetricsDatabase(), TimeSpan.FromSeconds(60));
        var errors = await Eventually.UntilAsync(
            async () => await RabbitMqQueues.MessageCountAsync(infrastructure.Broker.ConnectionString, ErrorQueue) ?? 0,
            n => n > errorsBefore, "the poison message to reach the error queue", TimeSpan.FromSeconds(30));
        var reason = await BrokerQueues.PeekHeaderAsync(infrastructure.Broker.ConnectionString, ErrorQueue, poisonId, "MT-Fault-Message");
        var poisonApplied = (await ProjectEvents.ConsumerAsync(metricsSettings.MetricsDatabase(), [poisonId])).Inbox;

        new DrillTally("poison message")
        {
            Sent = load.Sent + 1,
            Committed = producer.Projects,
            Delivered = consumer.Inbox,
            Duplicates = consumer.ExtraEffects,
            Lost = producer.EventIds.Count - consumer.Applied,
        }
            .Add("error_queue", $"{ErrorQueue}:{errors - errorsBefore}")
            .Add("fault", reason ?? "(none)")
            .Add("faulted_consumes", metrics.Deliveries.Faulted)
            .Print(output);

        Assert.Equal(EventsBehind, producer.Projects);
        Assert.Equal(0, producer.Unsent);
        Assert.Equal(producer.EventIds.Count, consumer.Applied);
        Assert.Equal(0, consumer.ExtraEffects);
        Assert.Equal(errorsBefore + 1, errors);
        Assert.False(string.IsNullOrWhiteSpace(reason), "The poison message reached the error queue without the reason it failed.");
        Assert.Equal(0, poisonApplied);
    }

    // A MassTransit envelope's content type over a body that is not JSON at all.
    private async Task PublishPoisonAsync(Guid messageId)
    {
        var factory = new ConnectionFactory { Uri = new Uri(infrastructure.Broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            MessageId = messageId.ToString(),
            Persistent = true,
        };
        await channel.BasicPublishAsync(string.Empty, ProjectEvents.MetricsQueue, mandatory: true, properties, Encoding.UTF8.GetBytes("{ this is not an event"));
    }
}
