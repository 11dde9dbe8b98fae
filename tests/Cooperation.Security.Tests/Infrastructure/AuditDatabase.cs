using System.Data.Common;
using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Cooperation.Security.Tests.Infrastructure;

/// <summary>
/// A database of its own on the run's shared PostgreSQL cluster, copied from a template that holds
/// the audit migration; dropped at dispose.
/// </summary>
internal sealed class AuditDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly NpgsqlDataSource _dataSource;

    private AuditDatabase(TestDatabase database)
    {
        _database = database;
        _dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        Connections = new NpgsqlConnectionFactory(_dataSource);
    }

    public string ConnectionString => _database.ConnectionString;

    public IDbConnectionFactory Connections { get; }

    public static async Task<AuditDatabase> CreateAsync() =>
        new(await TestDatabases.CreateAsync("audit", connectionString => Task.Run(() =>
            DatabaseMigrator.Migrate(connectionString, [typeof(AuditTrail).Assembly], NullLogger.Instance))));

    public Task<DbConnection> OpenAsync() => Connections.OpenAsync();

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }
}
