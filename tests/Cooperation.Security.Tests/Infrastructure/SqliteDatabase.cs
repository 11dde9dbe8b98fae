using System.Data.Common;
using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cooperation.Security.Tests.Infrastructure;

/// <summary>A real SQLite file with the audit migration applied, deleted at dispose.</summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.db");

    public SqliteDatabase()
    {
        ConnectionString = $"Data Source={_file}";
        DatabaseMigrator.Migrate(DatabaseProvider.Sqlite, ConnectionString, [typeof(AuditTrail).Assembly], NullLogger.Instance);
        Connections = new SqliteConnectionFactory(ConnectionString);
    }

    public string ConnectionString { get; }

    public IDbConnectionFactory Connections { get; }

    public Task<DbConnection> OpenAsync() => Connections.OpenAsync();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
