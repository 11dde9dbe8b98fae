namespace Cooperation.BuildingBlocks.Data;

/// <summary>Which database a service uses and how to reach it, resolved once at start-up.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// A connection string that names a PostgreSQL host selects PostgreSQL; anything else is
    /// taken as SQLite. <c>Database:Provider</c> overrides the guess.
    /// </summary>
    public static DatabaseSettings Resolve(string? configuredProvider, string? connectionString, string defaultSqliteFile)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(defaultSqliteFile))!);
            return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={defaultSqliteFile}");
        }

        var provider = configuredProvider?.ToUpperInvariant() switch
        {
            "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
            "SQLITE" => DatabaseProvider.Sqlite,
            _ when connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.PostgreSql,
            _ => DatabaseProvider.Sqlite,
        };
        return new DatabaseSettings(provider, connectionString);
    }
}
