namespace Cooperation.CapacityBuilding;

/// <summary>The calendar day by the service's clock: every date rule of capacity building counts in UTC.</summary>
internal static class ServiceClock
{
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
