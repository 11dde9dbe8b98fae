using Cooperation.WorkingGroup.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.Tests.Officials;

/// <summary>Counts the database commands one call sends to the factory's own database.</summary>
internal static class CommandCounts
{
    /// <summary>
    /// What the audit trail sends per unit of work, whatever the number of records it appends (the
    /// advisory lock with the chain head, then one multi-row insert): a personal-data read records
    /// one Read per official it returns, and still costs the same for a page of one or of many.
    /// </summary>
    public const int AuditCommandsPerUnit = 2;

    /// <summary>
    /// The commands of one <paramref name="call"/>: the fewest of three runs, since the service's own
    /// background work (the retention pass at start-up) may send commands to the same database
    /// meanwhile and only ever adds to a count.
    /// </summary>
    public static async Task<int> OfAsync(WorkingGroupServiceFactory factory, Func<Task> call)
    {
        var connectionString = factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("workinggroupdb")!;
        var fewest = int.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(connectionString));
            await call();
            fewest = Math.Min(fewest, counter.Count);
        }

        return fewest;
    }
}
