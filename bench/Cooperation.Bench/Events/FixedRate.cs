using System.Diagnostics;

namespace Cooperation.Bench.Events;

/// <summary>Starts an action at a fixed rate (open loop: a slow one does not delay the next) and waits for all.</summary>
internal static class FixedRate
{
    public static async Task RunAsync(int perSecond, TimeSpan duration, Func<int, Task> action)
    {
        var count = (int)(perSecond * duration.TotalSeconds);
        var started = Stopwatch.StartNew();
        var running = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond) - started.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            running.Add(action(i));
        }

        await Task.WhenAll(running);
    }
}
