using System.Collections.Concurrent;
using Npgsql;

namespace Cooperation.Testing;

/// <summary>
/// Databases on the run's shared cluster, copied from a template that is migrated once per test
/// run: a copy is a file copy inside PostgreSQL, far quicker than running the migrations again.
/// </summary>
public static class TestDatabases
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new();

    /// <summary>
    /// A new database holding what <paramref name="migrate"/> (given a connection string) puts in
    /// an empty one. The first call for a <paramref name="templateName"/> builds the template;
    /// later calls copy it.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string templateName, Func<string, Task> migrate)
    {
        ArgumentNullException.ThrowIfNull(migrate);
        var cluster = await PostgresServer.Shared;
        var template = await Templates.GetOrAdd(templateName, name => new Lazy<Task<string>>(() => BuildTemplateAsync(cluster, name, migrate))).Value;
        return new TestDatabase(cluster, await cluster.CreateDatabaseAsync(templateName, template));
    }

    /// <summary>A new, empty database on the shared cluster.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(string prefix)
    {
        var cluster = await PostgresServer.Shared;
        return new TestDatabase(cluster, await cluster.CreateDatabaseAsync(prefix));
    }

    private static async Task<string> BuildTemplateAsync(PostgresServer cluster, string name, Func<string, Task> migrate)
    {
        var connectionString = await cluster.CreateDatabaseAsync($"{name}_template");
        await migrate(connectionString);
        // A template is copied only while nobody is connected to it.
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        return new NpgsqlConnectionStringBuilder(connectionString).Database!;
    }
}

/// <summary>One test's database; dropped at dispose.</summary>
public sealed class TestDatabase(PostgresServer cluster, string connectionString) : IAsyncDisposable, IDisposable
{
    public string ConnectionString { get; } = connectionString;

    public ValueTask DisposeAsync() => new(cluster.DropDatabaseAsync(ConnectionString));

    public void Dispose() => cluster.DropDatabaseAsync(ConnectionString).GetAwaiter().GetResult();
}
