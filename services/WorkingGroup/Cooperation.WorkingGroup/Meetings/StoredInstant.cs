namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Instants as PostgreSQL keeps them (timestamptz holds microseconds, the clock ticks in tenths of
/// one), so a write that answers from the record in hand answers what a later read returns.
/// </summary>
internal static class StoredInstant
{
    public static DateTimeOffset StoredNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
