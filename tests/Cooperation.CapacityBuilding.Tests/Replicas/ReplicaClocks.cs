namespace Cooperation.CapacityBuilding.Tests.Replicas;

/// <summary>Both replicas' clocks moved together, which also wakes their daily jobs at the midnights passed.</summary>
internal static class ReplicaClocks
{
    /// <summary>Moves both clocks to 09:00 UTC on <paramref name="date"/>; answers that instant.</summary>
    public static DateTimeOffset MoveBothTo(CapacityBuildingReplicas replicas, DateOnly date)
    {
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        foreach (var clock in new[] { replicas.First.Clock, replicas.Second.Clock })
        {
            clock.Advance(target - clock.GetUtcNow());
        }

        return target;
    }
}
