using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// Applies numbered SQL scripts (embedded resources under <c>Migrations/</c>), each once, in name
/// order, journaled in <c>schemaversions</c>. Resource names carry their assembly's namespace, so
/// shared scripts and a service's own never collide. Replicas starting together take turns: the
/// run holds a PostgreSQL advisory lock, so the second finds the first one's scripts journaled.
/// </summary>
public static partial class DatabaseMigrator
{
    // Any fixed number; advisory locks are per database, so only migrators of one database meet.
    private const long MigrationLock = 0x436F6F704D696772;

    // How long a replica waits for another to finish migrating before it gives up starting.
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(5);

    public static void Migrate(string connectionString, IEnumerable<Assembly> scriptAssemblies, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(scriptAssemblies);
        ArgumentNullException.ThrowIfNull(logger);
        // Unpooled, so no idle connection is left behind once the schema is up to date (a template
        // database can then be cloned at once) and closing the lock's session really ends it.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

        using var lockSession = new NpgsqlConnection(unpooled);
        lockSession.Open();
        Execute(lockSession, "SELECT pg_advisory_lock(@Key)", (int)LockWait.TotalSeconds);
        try
        {
            Upgrade(unpooled, scriptAssemblies, logger);
        }
        finally
        {
            Execute(lockSession, "SELECT pg_advisory_unlock(@Key)", 30);
        }
    }

    private static void Upgrade(string connectionString, IEnumerable<Assembly> scriptAssemblies, ILogger logger)
    {
        var upgrader = DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssemblies(
                scriptAssemblies.Distinct().ToArray(),
                name => name.Contains(".Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed.", result.Error);
        }

        foreach (SqlScript script in result.Scripts)
        {
            LogApplied(logger, script.Name);
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql, int timeoutSeconds)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSeconds };
        command.Parameters.AddWithValue("Key", MigrationLock);
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Script}")]
    private static partial void LogApplied(ILogger logger, string script);
}
