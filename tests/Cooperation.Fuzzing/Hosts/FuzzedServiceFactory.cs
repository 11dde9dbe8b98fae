using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Google.Protobuf;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.Fuzzing.Hosts;

/// <summary>
/// A service in-process on its own copy of a template migrated with the scripts the service runs
/// itself (its own, the outbox's and inbox's, the audit trail's), so one class serves all four.
/// </summary>
public abstract class FuzzedServiceFactory<TEntryPoint>(string serviceName, string connectionName)
    : InProcessServiceFactory<TEntryPoint>(connectionName, () => CreateDatabase(serviceName)), IFuzzedHost
    where TEntryPoint : class
{
    /// <summary>The service's name as the fuzzer prints it.</summary>
    public string ServiceName => serviceName;

    /// <summary>Nothing by default: most services' plausible create requests succeed on their own.</summary>
    public virtual Task<IReadOnlyList<IMessage>> SeedAsync() => Task.FromResult<IReadOnlyList<IMessage>>([]);

    private static TestDatabase CreateDatabase(string serviceName) =>
        TestDatabases.CreateAsync($"fuzz_{serviceName}", MigrateAsync).GetAwaiter().GetResult();

    private static Task MigrateAsync(string connectionString) => Task.Run(() => DatabaseMigrator.Migrate(
        connectionString,
        [typeof(TEntryPoint).Assembly, typeof(IUnitOfWork).Assembly, typeof(AuditTrail).Assembly],
        NullLogger.Instance));
}
