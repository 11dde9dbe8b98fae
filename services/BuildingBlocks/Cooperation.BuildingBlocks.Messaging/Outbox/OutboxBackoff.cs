namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// When a row that failed to publish is tried again: capped exponential backoff. It is computed from
/// the attempts stored on the row (not kept in memory, as a Polly retry would), so it holds across
/// restarts and across relay instances.
/// </summary>
public static class OutboxBackoff
{
    public static TimeSpan Delay(int attempts, TimeSpan initial, TimeSpan max)
    {
        if (attempts <= 0)
        {
            return TimeSpan.Zero;
        }

        // 2^30 already exceeds any sensible cap; stopping there keeps the arithmetic from overflowing.
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var ticks = Math.Min(initial.Ticks * factor, max.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
