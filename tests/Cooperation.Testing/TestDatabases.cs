using System.Collections.Concurrent;
using Npgsql;

namespace Cooperation.Testing;

/// <summary>
/// Databases on the run's shared cluster, copied from a template that is migrated once per test
/// run: a copy is a file copy inside PostgreSQL, far quicker than running the migrations again.
/// The next copies are made ahead, while tests run, so a test rarely waits for its database.
/// </summary>
public static class TestDatabases
{
    // Copies made ahead per template: enough for the test classes xunit runs side by side.
    private static readonly int CopiesAhead = Math.Max(2, Environment.ProcessorCount);

    private static readonly ConcurrentDictionary<string, Template> Templates = new();

    /// <summary>
    /// A new database holding what <paramref name="migrate"/> (given a connection string) puts in
    /// an empty one. The first call for a <paramref name="templateName"/> builds the template;
    /// later calls copy it.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string templateName, Func<string, Task> migrate)
    {
        ArgumentNullException.ThrowIfNull(migrate);
        var cluster = await PostgresServer.Shared;
        var template = Templates.GetOrAdd(templateName, name => new Template(cluster, name, migrate));
        return new TestDatabase(await template.TakeCopyAsync());
    }

    /// <summary>A new, empty database on the shared cluster.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(string prefix)
    {
        var cluster = await PostgresServer.Shared;
        return new TestDatabase(await cluster.CreateDatabaseAsync(prefix));
    }

    private sealed class Template(PostgresServer cluster, string name, Func<string, Task> migrate)
    {
        private readonly Lazy<Task<string>> _built = new(() => BuildAsync(cluster, name, migrate));
        private readonly ConcurrentQueue<Task<string>> _ahead = new();

        public async Task<string> TakeCopyAsync()
        {
            var template = await _built.Value;
            while (_ahead.Count < CopiesAhead)
            {
                _ahead.Enqueue(cluster.CreateDatabaseAsync(name, template));
            }

            var copy = _ahead.TryDequeue(out var next) ? next : cluster.CreateDatabaseAsync(name, template);
            _ahead.Enqueue(cluster.CreateDatabaseAsync(name, template));
            return await copy;
        }

        private static async Task<string> BuildAsync(PostgresServer cluster, string name, Func<string, Task> migrate)
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
}

/// <summary>
/// One test's database. Disposing closes the pooled connections to it and leaves it in place:
/// dropping forces a checkpoint each time, and the whole cluster goes at the end of the run anyway.
/// </summary>
public sealed class TestDatabase(string connectionString) : IAsyncDisposable, IDisposable
{
    public string ConnectionString { get; } = connectionString;

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        using var pooled = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(pooled);
    }
}
