namespace Cooperation.WorkingGroup.Tests.Infrastructure;

/// <summary>Waits on a condition, polling briefly, and fails after a timeout instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string description, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            if (cts.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting until {description}.");
            }

            await Task.Delay(20);
        }
    }
}
