using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Cooperation.BuildingBlocks.Data;

public sealed class SqliteConnectionFactory(string connectionString) : IDbConnectionFactory
{
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL lets readers run beside the one writer; the busy timeout makes a second writer
        // wait its turn instead of failing; SQLite leaves foreign keys off unless asked.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
