using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// Applies numbered SQL scripts (embedded resources under <c>Migrations/</c>), each once, in name
/// order, journaled in <c>schemaversions</c>. Resource names carry their assembly's namespace, so
/// shared scripts and a service's own never collide. The few spots where SQLite and PostgreSQL
/// DDL differ are written as <c>$variables$</c> (see <see cref="SqlDialect"/>), so one script
/// serves both.
/// </summary>
public static class DatabaseMigrator
{
    public static void Migrate(
        DatabaseProvider provider, string connectionString, IEnumerable<Assembly> scriptAssemblies, ILogger logger)
    {
        var builder = provider switch
        {
            DatabaseProvider.Sqlite => DeployChanges.To.SqliteDatabase(connectionString),
            DatabaseProvider.PostgreSql => DeployChanges.To.PostgresqlDatabase(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };

        var upgrader = builder
            .WithScriptsEmbeddedInAssemblies(
                scriptAssemblies.Distinct().ToArray(),
                name => name.Contains(".Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .WithVariables(SqlDialect.For(provider).ScriptVariables)
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
            logger.LogInformation("Applied migration {Script}", script.Name);
        }
    }
}
