using Cooperation.WorkingGroup.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.Tests.Officials;

/// <summary>Counts the database commands one call sends to the factory's own database.</summary>
internal static class CommandCounts
{
    /// <summary>
    /// What the audit trail sends per record it appends (advisory lock, chain head, insert): a
    /// personal-data read records one Read per official it returns, so those commands grow with the
    /// page by design; the feature's own queries must not.
    /// </summary>
    public const int AuditCommandsPerRecord = 3;

    public static async Task<int> OfAsync(WorkingGroupServiceFactory factory, Func<Task> call)
    {
        var connectionString = factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("workinggroupdb")!;
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(connectionString));
        await call();
        return counter.Count;
    }
}
