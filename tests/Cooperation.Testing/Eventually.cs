using System.Diagnostics;

namespace Cooperation.Testing;

/// <summary>Waits on a condition with a deadline, instead of sleeping a guessed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static async Task<T> UntilAsync<T>(
        Func<Task<T>> probe, Func<T, bool> satisfied, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(satisfied);
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (satisfied(value))
            {
                return value;
            }

            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Timed out after {limit} waiting for {what}; last value: {value}.");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>
    /// Probes until <paramref name="satisfied"/> holds or the timeout passes, and returns the last
    /// value either way: for a drill that reports what it counted even when the count falls short.
    /// </summary>
    public static async Task<T> LastValueAsync<T>(Func<Task<T>> probe, Func<T, bool> satisfied, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(satisfied);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (satisfied(value) || clock.Elapsed > timeout)
            {
                return value;
            }

            await Task.Delay(25);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(condition()), ok => ok, what, timeout);

    /// <summary>Waits until <paramref name="condition"/> holds; fails the test after the timeout.</summary>
    public static Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(condition, ok => ok, what, timeout);
}
