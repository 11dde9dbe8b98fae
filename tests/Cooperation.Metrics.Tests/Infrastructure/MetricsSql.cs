using Cooperation.BuildingBlocks.Data;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.Metrics.Tests.Infrastructure;

/// <summary>Reads the service's tables directly, for what the RPCs do not show (rows per event, the change log).</summary>
public static class MetricsSql
{
    public static async Task<T> ScalarAsync<T>(this InProcessServiceFactory<Program> factory, string sql, object? args = null)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }
}
