using System.Data.Common;
using Npgsql;

namespace Cooperation.BuildingBlocks.Data;

public sealed class NpgsqlConnectionFactory(NpgsqlDataSource dataSource) : IDbConnectionFactory
{
    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await dataSource.OpenConnectionAsync(cancellationToken);
}
