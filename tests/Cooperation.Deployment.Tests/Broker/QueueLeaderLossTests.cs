using System.Text.Json;
using Cooperation.Deployment.Tests.Infrastructure;
using Cooperation.Testing;
using Xunit.Abstractions;

namespace Cooperation.Deployment.Tests.Broker;

/// <summary>
/// Two replicas of a service publish through their outboxes and consume through their inboxes on
/// a three-node cluster, connected with one multi-node connection string; mid-run the node leading
/// the consumers' quorum queue is killed with SIGKILL, and started again a while later, as a
/// platform restarts a crashed broker node. Every confirmed event is applied, none twice, and
/// writes after the loss go all the way through.
/// </summary>
/// <remarks>
/// The restart is part of what is drilled, not a kindness: on RabbitMQ 3.10 a replica that
/// reconnects and publishes before the new leader has taken over gets a publish channel the broker
/// refuses until the lost node is back (<see cref="FirstPublishDuringElectionTests"/>); without the
/// restart the drill fails whenever both replicas are that quick.
/// </remarks>
[Collection(SharedBrokerCluster.Name)]
public sealed class QueueLeaderLossTests(RabbitMqCluster cluster, ITestOutputHelper output)
{
    private const int Writes = 150;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan DrillTimeout = TimeSpan.FromSeconds(120);

    // About what a supervisor (systemd, a Kubernetes StatefulSet) takes to bring a crashed node back.
    private static readonly TimeSpan NodeRestartDelay = TimeSpan.FromSeconds(10);

    // What MassTransit logs when the broker nacks a publish.
    private const string RefusedPublish = "BasicPublishAsync failed";

    private readonly DrillLog _log = new();

    [Fact]
    public async Task Killing_the_leader_of_the_consumers_queue_loses_no_confirmed_event_and_applies_none_twice()
    {
        var (report, leader, leaderAfter) = await RunDrillAsync(DrillHost.Endpoint);
        output.WriteLine(report.ToString());
        // How often the broker refused a replica's publish (the 3.10 channel that came too early), for the record.
        output.WriteLine($"publishes the broker refused: {_log.Count(RefusedPublish)}");

        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Duplicates);
        Assert.NotEqual(leader, leaderAfter);
    }

    // One drill, on new replicas and a new database, killing the node that leads the quorum queue
    // named: the consumers' own, or another subscriber's bound to the same event. The killed node is
    // started again NodeRestartDelay after the kill (and at the latest at the end), so the cluster is
    // whole for whatever runs next in the collection.
    internal async Task<(DrillReport Report, RabbitMqCluster.Node Leader, RabbitMqCluster.Node LeaderAfter)> RunDrillAsync(string killLeaderOf)
    {
        await using var database = await TestDatabases.CreateEmptyAsync("drill");
        await using var first = await DrillHost.StartAsync(database.ConnectionString, cluster.ConnectionString, consume: true, _log, "first");
        await using var second = await DrillHost.StartAsync(database.ConnectionString, cluster.ConnectionString, consume: true, _log, "second");
        Assert.Equal("quorum", await QueueTypeAsync(DrillHost.Endpoint));
        var leader = await cluster.LeaderOfAsync(killLeaderOf);
        _log.Note($"before the writes: {await cluster.DescribeAsync(DrillHost.Endpoint)}");
        var restart = Task.CompletedTask;
        try
        {
            var run = new WriteRun([first, second]);
            var writing = run.RunAsync(Writes, Pause, DrillTimeout);
            await Eventually.UntilAsync(() => run.Committed.Count >= Writes / 3, $"a third of the writes before killing {leader}", DrillTimeout);
            var killedAt = run.Now;
            _log.Note($"killing {leader} after {run.Committed.Count} commits");
            await leader.KillAsync();
            restart = RestartAfterAsync(leader, NodeRestartDelay);
            var (recovery, applied, counts) = await ExplainingFailureAsync(first, async () =>
            {
                var recovery = await RecoveryAsync(first, run, killedAt);
                await writing;
                var committed = run.Committed.Keys.ToList();
                var applied = await Eventually.UntilAsync(
                    () => first.AppliedAsync(committed), a => a.Count == committed.Count, "every committed write applied", DrillTimeout);
                var counts = await Eventually.UntilAsync(first.CountAsync, c => c.Unsent == 0, "an empty outbox", DrillTimeout);
                return (recovery, applied, counts);
            });

            var report = new DrillReport($"queue leader {leader} killed", run.Sent, run.Committed.Count, counts.Applied, counts.Duplicates,
                run.Committed.Count - applied.Count, recovery);
            await restart;
            return (report, leader, await cluster.LeaderOfAsync(killLeaderOf));
        }
        finally
        {
            await restart;
            await leader.StartAsync();
        }
    }

    private async Task RestartAfterAsync(RabbitMqCluster.Node node, TimeSpan delay)
    {
        await Task.Delay(delay);
        await node.StartAsync();
        _log.Note($"{node} started again");
    }

    // A drill that times out says where the events stopped: the outbox, the cluster's queues (their
    // messages, consumers, leaders and members), what the replicas' bus and relay logged and what
    // the nodes logged.
    private async Task<T> ExplainingFailureAsync<T>(DrillHost replica, Func<Task<T>> drill)
    {
        try
        {
            return await drill();
        }
        catch (TimeoutException e)
        {
            var explanation = $"{e.Message}{Environment.NewLine}outbox: {await replica.CountAsync()}{Environment.NewLine}" +
                $"after the kill: {await cluster.DescribeAsync(DrillHost.Endpoint)}{Environment.NewLine}" +
                $"what the replicas logged:{Environment.NewLine}{_log}{Environment.NewLine}what the nodes logged:{Environment.NewLine}{cluster.RecentLogs()}";
            output.WriteLine(explanation);
            throw new TimeoutException(explanation, e);
        }
    }

    // From the kill until a write committed after it has been applied by a consumer.
    private static async Task<TimeSpan> RecoveryAsync(DrillHost replica, WriteRun run, TimeSpan killedAt)
    {
        var after = await Eventually.UntilAsync(() => Task.FromResult(run.FirstCommittedAfter(killedAt)), id => id is not null,
            "a write committed after the kill", DrillTimeout);
        await Eventually.UntilAsync(() => replica.AppliedAsync([after!.Value]), a => a.Count == 1, "that write applied", DrillTimeout);
        return run.Now - killedAt;
    }

    private async Task<string?> QueueTypeAsync(string queue)
    {
        var output = await cluster.Nodes[0].CtlAsync("list_queues", "name", "type", "--formatter", "json");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray().Where(r => r.GetProperty("name").GetString() == queue)
            .Select(r => r.GetProperty("type").GetString()).SingleOrDefault();
    }
}
