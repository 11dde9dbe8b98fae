using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// Brings the schema up to date before the service takes its first call: hosted services start
/// before Kestrel, so no request ever meets an old schema.
/// </summary>
internal sealed class DatabaseMigrationService(
    DatabaseSettings settings,
    IEnumerable<MigrationScripts> scripts,
    ILogger<DatabaseMigrationService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        DatabaseMigrator.Migrate(settings.ConnectionString, scripts.Select(s => s.Assembly), logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
