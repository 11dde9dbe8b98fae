using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.Bench.Stream;

/// <summary>
/// The metrics service in process on a private PostgreSQL (the same hosting the tests use), with
/// logging turned down so the console is the benchmark's. Its service clock stands still, so a
/// stalled subscriber stays stalled for the whole measured window instead of being ended.
/// </summary>
internal sealed class BenchServiceFactory() : InProcessServiceFactory<Program>("metricsdb", CreateDatabase)
{
    protected override void ConfigureServiceSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    private static TestDatabase CreateDatabase() =>
        TestDatabases.CreateAsync("metrics-bench", connectionString => Task.Run(() => DatabaseMigrator.Migrate(
            connectionString,
            [typeof(Program).Assembly, typeof(IUnitOfWork).Assembly, typeof(AuditTrail).Assembly],
            NullLogger.Instance))).GetAwaiter().GetResult();
}
