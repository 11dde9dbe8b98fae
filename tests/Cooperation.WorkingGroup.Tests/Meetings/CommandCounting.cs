using Cooperation.WorkingGroup.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>Counts the database commands one call sends to the factory's own database.</summary>
public static class CommandCounting
{
    /// <summary>
    /// The commands of <paramref name="call"/>, after one warm-up call. The outbox relay and the
    /// cadence monitor poll the same database in the background and can only add commands, and they
    /// come in short bursts (after a commit, after the clock moves), so the fewest of five runs is the
    /// call's own count.
    /// </summary>
    public static async Task<int> CommandsOfAsync(this WorkingGroupServiceFactory factory, Func<Task> call)
    {
        var database = DbCommandCounter.DatabaseOf(
            factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("workinggroupdb")!);
        await call();
        var fewest = int.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            using var counter = new DbCommandCounter(database);
            await call();
            fewest = Math.Min(fewest, counter.Count);
        }

        return fewest;
    }
}
