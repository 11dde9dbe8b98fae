using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Officials;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.Tests.Replicas;

/// <summary>
/// The cadence breach check run by two replicas at the same instant: each closed quarter is raised
/// once, whichever replica wins it, and neither pass fails. Moving the clocks also wakes both
/// replicas' monitors, so up to four passes race.
/// </summary>
public sealed class ReplicaCadenceBreachTests(WorkingGroupReplicas replicas) : IClassFixture<WorkingGroupReplicas>
{
    [Fact]
    public async Task Two_replicas_checking_at_once_raise_each_breached_quarter_once()
    {
        // Established on the day of the statement and never met: Q4 2023 to Q4 2025 closed without a meeting.
        await replicas.First.EstablishAsync(new DateOnly(2023, 11, 13));
        var now = new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero);
        replicas.SetToday(DateOnly.FromDateTime(now.UtcDateTime));
        var expected = Enumerable.Range(0, 9).Select(i => (Year: 2023 + ((3 + i) / 4), Quarter: ((3 + i) % 4) + 1)).ToList();

        var passes = await Task.WhenAll(
            Task.Run(() => CheckOf(replicas.First).RunAsync(now, CancellationToken.None)),
            Task.Run(() => CheckOf(replicas.Second).RunAsync(now, CancellationToken.None)));

        // What the two passes raised never overlaps; the monitors may have raised the rest.
        var raisedHere = passes.SelectMany(p => p).Select(q => (q.Year, q.Quarter)).ToList();
        Assert.Equal(raisedHere.Count, raisedHere.Distinct().Count());
        await Eventually.WaitUntilAsync(
            async () => (await replicas.First.OutboxAsync<MeetingCadenceBreached>()).Count >= expected.Count,
            "every closed quarter is raised by one of the replicas");
        var events = (await replicas.First.OutboxAsync<MeetingCadenceBreached>()).Select(e => (e.Year, e.Quarter)).ToList();
        Assert.Equal(expected, events.Order());

        // A later pass on either replica finds nothing left to raise.
        Assert.Empty(await CheckOf(replicas.Second).RunAsync(now.AddHours(1), CancellationToken.None));
        Assert.Empty(await CheckOf(replicas.First).RunAsync(now.AddHours(1), CancellationToken.None));
        Assert.Equal(expected.Count, (await replicas.Second.OutboxAsync<MeetingCadenceBreached>()).Count);
    }

    private static CadenceBreachCheck CheckOf(WorkingGroupServiceFactory replica) => replica.Services.GetRequiredService<CadenceBreachCheck>();
}

/// <summary>
/// The officials' retention pass run by two replicas at the same instant: every official due is
/// erased and audited once, and neither pass fails (both lock the rows in id order, and the second
/// finds each row already erased once the first commits).
/// </summary>
public sealed class ReplicaRetentionTests(WorkingGroupReplicas replicas) : IClassFixture<WorkingGroupReplicas>
{
    [Fact]
    public async Task Two_replicas_erasing_at_once_erase_and_audit_each_official_once()
    {
        await replicas.First.AddPersonaAgenciesAsync();
        var designated = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            designated.Add((await replicas.First.DesignateAsync(DevelopmentPersonas.UkHomeOffice, $"Unused Designation {i}", $"unused{i}@homeoffice.example")).Id);
        }

        // The day after those designations' retention ended (12 months after 2023-11-13, with no membership).
        replicas.SetToday(new DateOnly(2024, 11, 14));
        var passes = await Task.WhenAll(
            Task.Run(() => PassOf(replicas.First).RunAsync(CancellationToken.None)),
            Task.Run(() => PassOf(replicas.Second).RunAsync(CancellationToken.None)));

        var erasedHere = passes.SelectMany(p => p).Select(id => id.ToString()).ToList();
        Assert.Equal(erasedHere.Count, erasedHere.Distinct().Count());
        await Eventually.WaitUntilAsync(
            async () => (await AuditRecords.ForOperationAsync(replicas.First, OfficialRetentionPass.Operation)).Count >= designated.Count,
            "every official due is erased by one of the replicas");
        var records = await AuditRecords.ForOperationAsync(replicas.First, OfficialRetentionPass.Operation);
        Assert.Equal(designated.Order(), records.Select(r => r.ResourceId).Order());

        Assert.Empty(await PassOf(replicas.Second).RunAsync(CancellationToken.None));
        Assert.Empty(await PassOf(replicas.First).RunAsync(CancellationToken.None));
        Assert.Equal(designated.Count, (await AuditRecords.ForOperationAsync(replicas.Second, OfficialRetentionPass.Operation)).Count);
    }

    private static OfficialRetentionPass PassOf(WorkingGroupServiceFactory replica) => replica.Services.GetRequiredService<OfficialRetentionPass>();
}
