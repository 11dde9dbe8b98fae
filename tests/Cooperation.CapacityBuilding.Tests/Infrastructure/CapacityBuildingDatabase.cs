using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.CapacityBuilding.Tests.Infrastructure;

/// <summary>
/// The service's database for one factory: a copy of a template migrated once per test run with
/// the scripts the service itself runs (its own, the outbox's and inbox's, the audit trail's), so
/// the service finds them journaled at start-up. Dropped with the factory.
/// </summary>
internal static class CapacityBuildingDatabase
{
    public static TestDatabase Create() =>
        TestDatabases.CreateAsync("capacitybuilding", MigrateAsync).GetAwaiter().GetResult();

    private static Task MigrateAsync(string connectionString) => Task.Run(() => DatabaseMigrator.Migrate(
        connectionString,
        [typeof(Program).Assembly, typeof(IUnitOfWork).Assembly, typeof(AuditTrail).Assembly],
        NullLogger.Instance));
}
