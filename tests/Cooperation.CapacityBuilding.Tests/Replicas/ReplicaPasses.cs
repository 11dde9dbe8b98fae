using Cooperation.CapacityBuilding.Tests.Infrastructure;

namespace Cooperation.CapacityBuilding.Tests.Replicas;

/// <summary>What every replica test of a daily pass does: both clocks moved at once, then a pass on each replica at the same instant.</summary>
internal static class ReplicaPasses
{
    /// <summary>
    /// Moves both replicas' clocks to 09:00 UTC on <paramref name="date"/>, which also wakes their
    /// daily jobs at the midnights passed, and at that instant runs <paramref name="pass"/> on both
    /// replicas at once. Answers the ids the two passes claimed, having checked none was claimed twice.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunOnBothAtOnceAsync<T>(
        CapacityBuildingReplicas replicas, DateOnly date, Func<CapacityBuildingServiceFactory, DateTimeOffset, Task<IReadOnlyList<T>>> pass,
        Func<T, Guid> idOf)
    {
        var now = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        foreach (var clock in new[] { replicas.First.Clock, replicas.Second.Clock })
        {
            clock.Advance(now - clock.GetUtcNow());
        }

        var passes = await Task.WhenAll(
            Task.Run(() => pass(replicas.First, now)),
            Task.Run(() => pass(replicas.Second, now)));

        // What the two passes claimed never overlaps; the daily jobs may have claimed the rest.
        var claimed = passes.SelectMany(p => p).Select(r => idOf(r).ToString()).ToList();
        Assert.Equal(claimed.Count, claimed.Distinct().Count());
        return claimed;
    }
}
