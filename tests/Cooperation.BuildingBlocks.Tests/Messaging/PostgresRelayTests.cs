using System.Diagnostics;
using Cooperation.BuildingBlocks.Tests.Infrastructure;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Testing;
using Npgsql;

namespace Cooperation.BuildingBlocks.Tests.Messaging;

/// <summary>
/// The outbox relay on a real PostgreSQL database and a real broker: what reaches a probe queue,
/// counted per MessageId, when the relay is stopped mid-batch, when the broker is away, and when
/// two relays share one database.
/// </summary>
[Collection(SharedBroker.Name)]
public sealed class PostgresRelayTests(RabbitMqBroker broker)
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Stopping_the_relay_mid_batch_does_not_send_its_confirmed_events_again()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        var probe = new DeliveryProbe(broker, typeof(ProjectCommenced));
        var events = Enumerable.Range(0, 12).Select(_ => TestEvents.Commenced()).ToArray();
        var hold = new PublishHold(passThrough: 5);

        await using (var first = await StartAsync(database, probe, batchSize: 50, hold))
        {
            // One commit, so the relay takes all twelve in one batch; it publishes five, then is stopped.
            await first.CommitAsync(events);
            await hold.Reached.WaitAsync(TimeSpan.FromSeconds(20));
        }

        Assert.Equal(5, (await probe.DrainAsync()).Values.Sum());
        await using var restarted = await StartAsync(database, probe, batchSize: 50);
        await Eventually.UntilAsync(restarted.UnsentCountAsync, n => n == 0, "the rest of the batch to be sent");

        var deliveries = await probe.DrainAsync();
        Assert.All(events, e => Assert.Equal(1, deliveries.GetValueOrDefault(e.EventId)));
        Assert.Equal(events.Length, deliveries.Values.Sum());
    }

    [Fact]
    public async Task A_backlog_larger_than_a_batch_waits_out_an_outage_without_an_open_transaction_and_goes_out_once_the_broker_is_back()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        var probe = new DeliveryProbe(broker, typeof(ProjectCommenced));
        var events = Enumerable.Range(0, 12).Select(_ => TestEvents.Commenced()).ToArray();
        await using var host = await StartAsync(database, probe, batchSize: 5);
        await host.WaitUntilRelayingAsync();

        await broker.StopAsync();
        try
        {
            await host.CommitAsync(events);
            // A failed publish is on record within about one publish timeout: the relay neither holds
            // the batch's rows in an open transaction nor tries the rest of the batch first.
            await Eventually.UntilAsync(host.FailedAttemptsAsync, n => n >= 1, "a failed publish attempt", PublishTimeout * 3);
            Assert.Equal(0, await OpenTransactionsAsync(database));
        }
        finally
        {
            await broker.StartAsync();
        }

        var clock = Stopwatch.StartNew();
        await Eventually.UntilAsync(host.UnsentCountAsync, n => n == 0, "the backlog to be sent after the outage", TimeSpan.FromSeconds(30));
        var deliveries = await probe.DrainAsync();
        Assert.All(events, e => Assert.Equal(1, deliveries.GetValueOrDefault(e.EventId)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"The backlog took {clock.Elapsed} after the broker came back.");
    }

    [Fact]
    public async Task Two_relays_on_one_database_deliver_every_event_exactly_once()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        var probe = new DeliveryProbe(broker, typeof(ProjectCommenced));
        await using var one = await StartAsync(database, probe, batchSize: 3);
        await using var other = await StartAsync(database, probe, batchSize: 3);
        var events = Enumerable.Range(0, 60).Select(_ => TestEvents.Commenced()).ToArray();

        // Both services commit at once, each waking its own relay, so the two claim rows side by side.
        await Task.WhenAll(events.Select((e, i) => (i % 2 == 0 ? one : other).CommitAsync(e)));
        await Eventually.UntilAsync(one.UnsentCountAsync, n => n == 0, "every event to be sent");

        var deliveries = await probe.DrainAsync();
        Assert.All(events, e => Assert.Equal(1, deliveries.GetValueOrDefault(e.EventId)));
        Assert.Equal(events.Length, deliveries.Values.Sum());
    }

    [Fact]
    public async Task A_pass_that_publishes_everything_it_claimed_costs_its_claim_and_its_stamp_alone()
    {
        var database = await MessagingTestHost.NewDatabaseAsync();
        var probe = new DeliveryProbe(broker, typeof(ProjectCommenced));
        // A poll interval longer than the test, so only the commits wake the relay.
        await using var host = await StartAsync(database, probe, batchSize: 50, pollInterval: TimeSpan.FromMinutes(10));
        await host.WaitUntilRelayingAsync();
        using var commands = new DbCommandCounter(DbCommandCounter.DatabaseOf(database));

        var events = Enumerable.Range(0, 10).Select(_ => TestEvents.Commenced()).ToArray();
        foreach (var e in events)
        {
            await host.CommitAsync(e);
            await Eventually.UntilAsync(host.UnsentCountAsync, n => n == 0, "the event to be sent");
        }

        var deliveries = await probe.DrainAsync();
        Assert.All(events, e => Assert.Equal(1, deliveries.GetValueOrDefault(e.EventId)));
        // Each event had a pass of its own, and a pass that looked at what waits before would look
        // at it again for every event. One that found nothing waiting does not look again; a look is
        // repeated only when a commit lands between a pass's claim and its look (it then sees a row
        // waiting), which can happen once or twice on a loaded machine, not ten times.
        var looksAtWhatWaits = commands.Texts.Count(text =>
            text.Contains("MIN(occurred_at)", StringComparison.Ordinal) && text.Contains("outbox_messages", StringComparison.Ordinal));
        Assert.InRange(looksAtWhatWaits, 0, 3);
    }

    private async Task<MessagingTestHost> StartAsync(
        string database, DeliveryProbe probe, int batchSize, PublishHold? hold = null, TimeSpan? pollInterval = null)
    {
        var host = await MessagingTestHost.StartAsync(broker, database, subscriptions: [probe.Subscription], publishObserver: hold, settings: new Dictionary<string, string?>
        {
            ["Messaging:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:PublishTimeout"] = PublishTimeout.ToString(),
            ["Messaging:PollInterval"] = (pollInterval ?? TimeSpan.FromSeconds(1)).ToString(),
        });
        // The relay declares the probe's queue before its first pass: from then on it is publishing.
        await Eventually.UntilAsync(() => RabbitMqQueues.MessageCountAsync(broker.ConnectionString, probe.Name), n => n is not null, "the probe's queue");
        return host;
    }

    // Sessions of this database that sit inside a transaction: a relay waiting on the broker with its
    // batch's row locks held shows up here.
    private static async Task<long> OpenTransactionsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'", connection);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }
}
