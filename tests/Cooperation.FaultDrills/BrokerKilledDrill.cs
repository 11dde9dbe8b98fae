using System.Diagnostics;
using Cooperation.FaultDrills.Infrastructure;

namespace Cooperation.FaultDrills;

/// <summary>
/// The broker is killed (SIGKILL, no clean shutdown) in the middle of thousands of writes in the
/// working group whose events metrics consumes, and started again on the same port and data. No
/// service is restarted: every committed change's event is delivered and applied exactly once, and
/// the outbox and the consumer are level again within 30 s of the broker's return.
/// </summary>
[Collection(DrillsDefinition.Name)]
public sealed class BrokerKilledDrill(DrillInfrastructure infrastructure, ITestOutputHelper output)
{
    private const int Writes = 2_000;
    private static readonly TimeSpan SteadyWithin = TimeSpan.FromSeconds(30);

    [Fact(Timeout = 180_000)]
    public async Task Every_committed_change_is_applied_once_after_the_broker_is_killed_mid_writes()
    {
        var workingGroupSettings = await DrillServices.WorkingGroupSettingsAsync(infrastructure);
        var metricsSettings = await DrillServices.MetricsSettingsAsync(infrastructure);
        await BrokerQueues.PurgeAsync(infrastructure.Broker.ConnectionString, ProjectEvents.MetricsQueue);
        using var metrics = await DrillServices.MetricsAsync(metricsSettings);
        using var workingGroup = await DrillServices.WorkingGroupAsync(workingGroupSettings);
        await ProjectEvents.AddLeadAgencyAsync(workingGroupSettings.WorkingGroupDatabase());
        var load = new WriteLoad(workingGroup.ChannelFor("uk-co-chair"));

        var writes = load.RunAsync(Writes, inFlight: 8);
        await Testing.Eventually.UntilAsync(() => load.Ok >= Writes / 4 || writes.IsCompleted, "a quarter of the writes to commit", TimeSpan.FromSeconds(90));
        await infrastructure.Broker.KillAsync();
        var killedAfter = load.Ok;
        var outage = Stopwatch.StartNew();
        await infrastructure.Broker.StartAsync();
        var down = outage.Elapsed;
        var back = Stopwatch.StartNew();
        // Steady again: every event committed by the broker's return (the backlog of the outage) has had its effect.
        var backlog = (await ProjectEvents.ProducerAsync(workingGroupSettings.WorkingGroupDatabase())).EventIds;
        await Testing.Eventually.UntilAsync(() => ProjectEvents.ConsumerAsync(metricsSettings.MetricsDatabase(), backlog), c => c.Inbox == backlog.Count,
            "the outage's backlog to be applied", TimeSpan.FromSeconds(90));
        var steadyAfter = back.Elapsed;
        await writes;
        var (producer, consumer) = await ProjectEvents.UntilAllAppliedAsync(
            workingGroupSettings.WorkingGroupDatabase(), metricsSettings.MetricsDatabase(), TimeSpan.FromSeconds(90));

        var tally = Tally(load, producer, consumer)
            .Add("killed_after_commits", killedAfter)
            .Add("broker_down_s", Math.Round(down.TotalSeconds, 1))
            .Add("backlog_at_restart", backlog.Count)
            .Add("steady_after_restart_s", Math.Round(steadyAfter.TotalSeconds, 1))
            .Add("deliveries", metrics.Deliveries.Finished)
            .Add("answers", load.Describe());
        tally.Print(output);

        Assert.Equal(Writes, load.Ok);
        Assert.Equal(load.Ok, producer.Projects);
        Assert.Equal(producer.Projects, producer.EventIds.Count);
        Assert.Equal(0, producer.Unsent);
        Assert.Equal(producer.EventIds.Count, consumer.Inbox);
        Assert.Equal(producer.EventIds.Count, consumer.Applied);
        Assert.Equal(0, consumer.ExtraEffects);
        Assert.True(steadyAfter < SteadyWithin, $"The outage backlog was applied {steadyAfter} after the broker came back; the goal is {SteadyWithin}.");
    }

    private static DrillTally Tally(WriteLoad load, ProducerRows producer, ConsumerRows consumer) => new("broker killed")
    {
        Sent = load.Sent,
        Committed = producer.Projects,
        Delivered = consumer.Inbox,
        Duplicates = consumer.ExtraEffects,
        Lost = producer.EventIds.Count - consumer.Applied,
    };
}
