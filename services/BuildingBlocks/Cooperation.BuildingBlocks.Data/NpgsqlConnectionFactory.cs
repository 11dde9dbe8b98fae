using System.Data.Common;
using Npgsql;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>Connections from the service's pooled data source, read and written with <see cref="DapperTypeHandlers"/>.</summary>
public sealed class NpgsqlConnectionFactory : IDbConnectionFactory
{
    private readonly NpgsqlDataSource _dataSource;

    public NpgsqlConnectionFactory(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        DapperTypeHandlers.Register();
        _dataSource = dataSource;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);
}
