using System.Diagnostics;
using Cooperation.FaultDrills.Infrastructure;
using Cooperation.Testing;
using Dapper;
using Npgsql;

namespace Cooperation.FaultDrills;

/// <summary>
/// The working group, run as its own process, is killed with SIGKILL while its relay holds a claim
/// on a batch of outbox rows, and started again at once. A claim lives only as long as its batch's
/// publishes, a few milliseconds on a healthy broker, so the drill first raises the broker's memory
/// alarm: the relay's publish then waits for its confirm with the batch claimed, and the kill is
/// sure to land inside a claim. The alarm ends as soon as the process is dead. The rows its dead
/// relay had claimed are left alone until their lease ends, then the new relay takes them; every
/// unsent event goes out and metrics applies each exactly once (an event published but not yet
/// stamped when the process died is published again, and metrics' inbox absorbs the copy).
/// </summary>
[Collection(DrillsDefinition.Name)]
public sealed class ServiceKilledMidOutboxDrill(DrillInfrastructure infrastructure, ITestOutputHelper output)
{
    private const int MaxWrites = 1_500;

    // Long enough for the restarted process to be up while the dead relay's claim still holds.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(20);

    // How long a blocked publish holds its batch's claim before it fails and gives the rows back;
    // the relay's lease is at least three of these, so 6 s keeps it at 20 s.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(6);

    // A claim taken no longer ago than this has at least two seconds of its blocked publish left,
    // far more than the kill needs.
    private static readonly TimeSpan FreshClaim = TimeSpan.FromSeconds(4);

    [Fact(Timeout = 180_000)]
    public async Task Unsent_events_go_out_once_after_a_kill_and_claimed_rows_wait_for_their_lease()
    {
        var workingGroupSettings = await DrillServices.WorkingGroupSettingsAsync(infrastructure);
        workingGroupSettings["Messaging:ClaimLease"] = Lease.ToString();
        workingGroupSettings["Messaging:PublishTimeout"] = PublishTimeout.ToString();
        // Small batches: a claim held at the kill is young, so the restarted relay is up before it runs out.
        workingGroupSettings["Messaging:BatchSize"] = "10";
        var database = workingGroupSettings.WorkingGroupDatabase();
        var metricsSettings = await DrillServices.MetricsSettingsAsync(infrastructure);
        await BrokerQueues.PurgeAsync(infrastructure.Broker.ConnectionString, ProjectEvents.MetricsQueue);
        using var metrics = await DrillServices.MetricsAsync(metricsSettings);
        await using var workingGroup = DrillServices.WorkingGroupProcess(workingGroupSettings);
        await workingGroup.StartAsync();
        await ProjectEvents.AddLeadAgencyAsync(database);
        var load = new WriteLoad(workingGroup.ChannelFor("uk-co-chair"));
        using var stop = new CancellationTokenSource();

        var writes = load.RunAsync(MaxWrites, inFlight: 8, stop.Token);
        // The relay publishes normally first, so the kill meets a relay in its stride.
        await Eventually.UntilAsync(() => ClaimAsync(database), c => c.Sent >= 50 || writes.IsCompleted,
            "the relay to send its first events", TimeSpan.FromSeconds(90));
        ClaimState claim;
        ClaimState atKill;
        // The broker applies the alarm at its next memory check, up to a few seconds later.
        var blocked = Stopwatch.StartNew();
        var claimedAfterAlarm = TimeSpan.Zero;
        await infrastructure.Broker.BlockPublishersAsync();
        try
        {
            claim = await Eventually.UntilAsync(() => ClaimAsync(database), c => c.Claimed.Any(IsFresh),
                "the relay to hold a fresh claim on unsent rows", TimeSpan.FromSeconds(60));
            claimedAfterAlarm = blocked.Elapsed;
            // No new calls once the process is gone; the calls in flight at the kill get Unavailable.
            await stop.CancelAsync();
            await workingGroup.KillAsync();
            atKill = await ClaimAsync(database);
        }
        finally
        {
            await infrastructure.Broker.UnblockPublishersAsync();
        }

        await writes;
        var restart = Stopwatch.StartNew();
        await workingGroup.StartAsync();
        var restartedIn = restart.Elapsed;
        var restartedAt = DateTime.UtcNow;
        var (producer, consumer) = await ProjectEvents.UntilAllAppliedAsync(database, metricsSettings.MetricsDatabase(), TimeSpan.FromSeconds(90));
        var takenOver = await SentAtAsync(database, atKill.Claimed.Select(c => c.Sequence));

        new DrillTally("service killed mid-outbox")
        {
            Sent = load.Sent,
            Committed = producer.Projects,
            Delivered = consumer.Inbox,
            Duplicates = consumer.ExtraEffects,
            Lost = producer.EventIds.Count - consumer.Applied,
        }
            .Add("unsent_at_kill", atKill.Unsent)
            .Add("claimed_at_kill", atKill.Claimed.Count)
            .Add("claim_after_alarm_s", Math.Round(claimedAfterAlarm.TotalSeconds, 1))
            .Add("restarted_in_s", Math.Round(restartedIn.TotalSeconds, 1))
            .Add("lease_s", Lease.TotalSeconds)
            .Add("restarted_inside_the_lease", atKill.Claimed.Count > 0 && restartedAt < atKill.Claimed.Min(c => c.ClaimedUntil))
            .Add("deliveries_seen_by_metrics", metrics.Deliveries.Finished)
            .Add("answers", load.Describe())
            .Print(output);

        Assert.True(claim.Claimed.Count > 0 && atKill.Claimed.Count > 0, "The relay held no claim when the process was killed: the drill did not exercise a takeover.");
        Assert.True(atKill.Unsent > 0, "Nothing was unsent when the process was killed.");
        Assert.Equal(0, producer.Unsent);
        Assert.Equal(producer.Projects, producer.EventIds.Count);
        Assert.Equal(producer.EventIds.Count, consumer.Inbox);
        Assert.Equal(producer.EventIds.Count, consumer.Applied);
        Assert.Equal(0, consumer.ExtraEffects);
        // The new relay left the dead relay's rows alone until the lease it had taken ran out.
        Assert.All(atKill.Claimed, row => Assert.True(takenOver[row.Sequence] >= row.ClaimedUntil,
            $"Row {row.Sequence} was sent at {takenOver[row.Sequence]:O}, before its claim ran out at {row.ClaimedUntil:O}."));
    }

    private static bool IsFresh(ClaimedRow row) => row.ClaimedUntil - row.ReadAt > Lease - FreshClaim;

    private static async Task<ClaimState> ClaimAsync(string database)
    {
        await using var connection = DrillDatabase.Open(database);
        var sent = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NOT NULL");
        var unsent = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL");
        var claimed = (await connection.QueryAsync<ClaimedRow>("""
            SELECT sequence AS Sequence, claimed_until AS ClaimedUntil, now() AS ReadAt FROM outbox_messages
            WHERE sent_at IS NULL AND claimed_until > now()
            """)).ToList();
        return new ClaimState(sent, unsent, claimed);
    }

    private static async Task<Dictionary<long, DateTime>> SentAtAsync(string database, IEnumerable<long> sequences)
    {
        await using var connection = DrillDatabase.Open(database);
        var rows = await connection.QueryAsync<(long Sequence, DateTime SentAt)>(
            "SELECT sequence, sent_at FROM outbox_messages WHERE sequence = ANY(@Sequences)", new { Sequences = sequences.ToArray() });
        return rows.ToDictionary(r => r.Sequence, r => r.SentAt);
    }

    private sealed record ClaimState(long Sent, long Unsent, IReadOnlyList<ClaimedRow> Claimed);

    private sealed class ClaimedRow
    {
        public long Sequence { get; init; }

        public DateTime ClaimedUntil { get; init; }

        // The database's clock at the read, the one claimed_until was set against.
        public DateTime ReadAt { get; init; }
    }
}
