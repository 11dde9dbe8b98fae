using Cooperation.BuildingBlocks.Data;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.Tests.CooperationAreas;

/// <summary>Counts the database commands one call sends to the factory's own database.</summary>
internal static class CommandCount
{
    private const int Attempts = 3;

    /// <summary>
    /// The fewest commands <paramref name="call"/> sent in a few runs, once the outbox relay has
    /// sent what the set-up wrote: the relay shares the database (it wakes after a commit and on
    /// its poll), so it can only add commands to a run, never take them away.
    /// </summary>
    public static async Task<int> OfAsync(WorkingGroupServiceFactory factory, Func<Task> call)
    {
        await Eventually.UntilAsync(() => UnsentAsync(factory), unsent => unsent == 0, "the outbox relay to send the set-up's events");
        var database = DbCommandCounter.DatabaseOf(
            factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("workinggroupdb")!);
        var fewest = int.MaxValue;
        for (var i = 0; i < Attempts; i++)
        {
            using var counter = new DbCommandCounter(database);
            await call();
            fewest = Math.Min(fewest, counter.Count);
        }

        return fewest;
    }

    private static async Task<long> UnsentAsync(WorkingGroupServiceFactory factory)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL");
    }
}
