using Cooperation.BuildingBlocks.Tests.Infrastructure;
using Cooperation.Testing;

namespace Cooperation.BuildingBlocks.Tests.Messaging;

/// <summary>The outbox and inbox end to end, on a real broker and a real PostgreSQL database.</summary>
[Collection(SharedBroker.Name)]
public sealed class OutboxDeliveryTests(RabbitMqBroker broker)
{
    [Fact]
    public async Task Every_event_of_a_committed_unit_of_work_is_applied_once_and_none_of_a_rolled_back_one()
    {
        var endpoint = TestEvents.Endpoint("once");
        await using var host = await MessagingTestHost.StartAsync(broker, await MessagingTestHost.NewDatabaseAsync(), recordingEndpoint: endpoint);
        var committed = Enumerable.Range(0, 3).Select(_ => (TestEvents.Commenced(), TestEvents.Commenced())).ToList();
        var rolledBack = TestEvents.Commenced();

        foreach (var (first, second) in committed)
        {
            await host.CommitAsync(first, second);
        }

        await host.RollBackAsync(rolledBack);
        var events = committed.SelectMany(pair => new[] { pair.Item1, pair.Item2 }).ToList();
        foreach (var integrationEvent in events)
        {
            await Eventually.UntilAsync(() => host.EffectCountAsync(integrationEvent.ProjectId), n => n >= 1, $"the effect of {integrationEvent.ProjectId}");
        }

        await Eventually.UntilAsync(() => RabbitMqQueues.MessageCountAsync(broker.ConnectionString, endpoint), n => n == 0, "an empty queue");
        Assert.Equal(0, await host.UnsentCountAsync());
        Assert.All(events, e => Assert.Equal(1, host.Deliveries.Count(e.EventId)));
        foreach (var integrationEvent in events)
        {
            Assert.Equal(1, await host.EffectCountAsync(integrationEvent.ProjectId));
        }

        Assert.Equal(0, await host.EffectCountAsync(rolledBack.ProjectId));
        Assert.Equal(0, host.Deliveries.Count(rolledBack.EventId));
    }

    [Fact]
    public async Task A_message_delivered_twice_has_one_effect()
    {
        var endpoint = TestEvents.Endpoint("dup");
        await using var host = await MessagingTestHost.StartAsync(broker, await MessagingTestHost.NewDatabaseAsync(), recordingEndpoint: endpoint);
        var message = TestEvents.Commenced();

        await host.PublishDirectlyAsync(message, message.EventId);
        await host.PublishDirectlyAsync(message, message.EventId);

        await Eventually.UntilAsync(() => host.Deliveries.Count(message.EventId) == 2, "both deliveries");
        Assert.Equal(1, await host.EffectCountAsync(message.ProjectId));
    }

    [Fact]
    public async Task A_retry_after_a_failed_statement_runs_in_a_fresh_transaction_and_applies_once()
    {
        var endpoint = TestEvents.Endpoint("retry");
        await using var host = await MessagingTestHost.StartAsync(broker, await MessagingTestHost.NewDatabaseAsync(), recordingEndpoint: endpoint);
        var message = TestEvents.Commenced();
        host.FirstAttemptFailures.FailFirstAttemptOf(message.ProjectId);

        await host.CommitAsync(message);

        await Eventually.UntilAsync(() => host.EffectCountAsync(message.ProjectId), n => n >= 1, "the effect after the retry");
        Assert.Equal(1, await host.EffectCountAsync(message.ProjectId));
        // MassTransit declares the error queue on first use; either way it holds nothing.
        Assert.True(await RabbitMqQueues.MessageCountAsync(broker.ConnectionString, endpoint + "_error") is null or 0);
    }

    [Fact]
    public async Task An_event_published_before_its_consumer_ever_ran_is_delivered_when_it_starts()
    {
        var endpoint = TestEvents.Endpoint("late");
        var integrationEvent = TestEvents.Commenced();
        await using (var publisher = await MessagingTestHost.StartAsync(
            broker, await MessagingTestHost.NewDatabaseAsync(), subscriptions: [new(endpoint, typeof(Contracts.Messages.Projects.ProjectCommenced))]))
        {
            await publisher.CommitAsync(integrationEvent);
            await Eventually.UntilAsync(publisher.UnsentCountAsync, n => n == 0, "the event to be sent");
        }

        Assert.Equal(1u, await RabbitMqQueues.MessageCountAsync(broker.ConnectionString, endpoint));
        await using var consumer = await MessagingTestHost.StartAsync(broker, await MessagingTestHost.NewDatabaseAsync(), recordingEndpoint: endpoint);
        await Eventually.UntilAsync(() => consumer.EffectCountAsync(integrationEvent.ProjectId), n => n == 1, "the late consumer's effect");
    }

    [Fact]
    public async Task A_restarted_relay_does_not_send_confirmed_events_again()
    {
        var endpoint = TestEvents.Endpoint("restart");
        var database = await MessagingTestHost.NewDatabaseAsync();
        var before = TestEvents.Commenced();
        await using (var first = await MessagingTestHost.StartAsync(broker, database, recordingEndpoint: endpoint))
        {
            await first.CommitAsync(before);
            await Eventually.UntilAsync(() => first.EffectCountAsync(before.ProjectId), n => n == 1, "the first event's effect");
        }

        var after = TestEvents.Commenced();
        await using var second = await MessagingTestHost.StartAsync(broker, database, recordingEndpoint: endpoint);
        await second.CommitAsync(after);

        await Eventually.UntilAsync(() => second.EffectCountAsync(after.ProjectId), n => n == 1, "the second event's effect");
        await Eventually.UntilAsync(() => RabbitMqQueues.MessageCountAsync(broker.ConnectionString, endpoint), n => n == 0, "an empty queue");
        Assert.Equal(0, second.Deliveries.Count(before.EventId));
        Assert.Equal(1, await second.EffectCountAsync(before.ProjectId));
    }

    [Fact]
    public async Task A_poison_message_ends_in_the_error_queue_after_its_retries_and_redeliveries()
    {
        var endpoint = TestEvents.Endpoint("poison");
        await using var host = await MessagingTestHost.StartAsync(broker, await MessagingTestHost.NewDatabaseAsync(), failingEndpoint: endpoint);

        await host.CommitAsync(TestEvents.Completed());

        await Eventually.UntilAsync(
            () => RabbitMqQueues.MessageCountAsync(broker.ConnectionString, endpoint + "_error"), n => n == 1, "the message in the error queue");
        // Three tries (one plus two retries) on the first delivery and again on the one redelivery.
        Assert.Equal(6, host.FailingAttempts.Count);
        Assert.Equal(0u, await RabbitMqQueues.MessageCountAsync(broker.ConnectionString, endpoint));
    }

    [Fact]
    public async Task An_event_committed_while_the_broker_is_down_is_delivered_once_it_is_back()
    {
        var endpoint = TestEvents.Endpoint("outage");
        await using var host = await MessagingTestHost.StartAsync(broker, await MessagingTestHost.NewDatabaseAsync(), recordingEndpoint: endpoint);
        var integrationEvent = TestEvents.Commenced();
        await host.WaitUntilRelayingAsync();

        await broker.StopAsync();
        try
        {
            await host.CommitAsync(integrationEvent);
            // A publish to a stopped broker fails after the publish timeout, later on a loaded machine.
            await Eventually.UntilAsync(host.FailedAttemptsAsync, n => n >= 1, "a failed publish attempt", TimeSpan.FromSeconds(45));
            await Eventually.UntilAsync(host.OutboxHealthAsync, s => s == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded, "a degraded outbox");
        }
        finally
        {
            await broker.StartAsync();
        }

        await Eventually.UntilAsync(() => host.EffectCountAsync(integrationEvent.ProjectId), n => n == 1, "the effect after the outage", TimeSpan.FromSeconds(45));
        Assert.Equal(0, await host.UnsentCountAsync());
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, await host.OutboxHealthAsync());
    }
}
