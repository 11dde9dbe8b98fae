using Cooperation.Deployment.Tests.Infrastructure;
using Cooperation.Testing;
using Xunit.Abstractions;

namespace Cooperation.Deployment.Tests.Database;

/// <summary>
/// A service on a primary and its synchronous streaming standby, through one multi-host connection
/// string (<c>Target Session Attributes=primary</c>); mid-run the primary is killed and the standby
/// promoted. Writes resume on the new primary, every acknowledged write is there, and every write
/// is whole: its row, its outbox event and (once the relay and the consumer ran) its effect, once.
/// </summary>
public sealed class PrimaryFailoverTests(PostgresStreamingPair pair, ITestOutputHelper output) : IClassFixture<PostgresStreamingPair>
{
    private const int Writes = 150;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan DrillTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Writes_resume_on_the_promoted_standby_and_every_acknowledged_write_is_there_whole()
    {
        var database = await pair.CreateDatabaseAsync("drill");
        await using var service = await DrillHost.StartAsync(database, broker: null, consume: true);

        var run = new WriteRun([service]);
        var writing = run.RunAsync(Writes, Pause, DrillTimeout);
        await Eventually.UntilAsync(() => run.Committed.Count >= Writes / 3, "a third of the writes before the failover", DrillTimeout);
        await pair.KillPrimaryAsync();
        // From here nothing can commit until the standby is promoted and found.
        var failedAt = run.Now;
        await pair.PromoteStandbyAsync();
        var resumed = await Eventually.UntilAsync(() => Task.FromResult(run.FirstCommittedAfter(failedAt)), id => id is not null,
            "a write acknowledged by the promoted standby", DrillTimeout);
        var recovery = run.Committed[resumed!.Value] - failedAt;
        await writing;

        var committed = run.Committed.Keys.ToList();
        var written = await service.WrittenAsync(committed);
        var applied = await Eventually.UntilAsync(
            () => service.AppliedAsync(committed), a => a.Count == committed.Count, "every committed write applied", DrillTimeout);
        var counts = await Eventually.UntilAsync(service.CountAsync, c => c.Unsent == 0, "an empty outbox", DrillTimeout);
        var report = new DrillReport("primary killed, standby promoted", run.Sent, committed.Count, counts.Applied, counts.Duplicates,
            committed.Count - written.Count, recovery);
        output.WriteLine(report.ToString());
        output.WriteLine($"rows={counts.Writes} outbox={counts.OutboxRows} (sent but unacknowledged writes that landed: {counts.Writes - committed.Count})");

        Assert.True(pair.FailedOver);
        Assert.Equal(0, report.Lost);
        Assert.Equal(committed.Count, applied.Count);
        Assert.Equal(0, report.Duplicates);
        // Nothing half-written: each write's row and its event committed together or not at all.
        Assert.Equal(counts.Writes, counts.OutboxRows);
    }
}
