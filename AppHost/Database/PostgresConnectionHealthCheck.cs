using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Cooperation.AppHost.Database;

/// <summary>
/// Ready when a connection to the database opens and answers a query: the port opens before the
/// server has finished recovery, and a database does not exist until the AppHost creates it.
/// </summary>
internal sealed class PostgresConnectionHealthCheck(string connectionString) : IHealthCheck
{
    // No pool: an idle pooled connection would hold up the server's shutdown when the stack stops.
    private readonly string checkConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false,
        Timeout = 3,
    }.ConnectionString;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(checkConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL did not answer.", ex);
        }
    }
}
