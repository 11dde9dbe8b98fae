namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>Deadlines for the calls of an end-to-end test, and the wait for what another service does after a message.</summary>
public static class Calls
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    // A message crosses the broker, a consumer commits, an outbox relays the answer: on 2 cores shared with a whole stack.
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(90);

    public static DateTime Deadline() => DateTime.UtcNow.Add(CallTimeout);

    public static Google.Type.Date Today() => DateOf(DateOnly.FromDateTime(DateTime.UtcNow));

    public static Google.Type.Date DateOf(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    /// <summary>Polls until the probe answers something, or fails the test after the delivery timeout.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        using var timeout = new CancellationTokenSource(DeliveryTimeout);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out after {DeliveryTimeout.TotalSeconds} s waiting for {what}.");
            }
        }
    }
}
