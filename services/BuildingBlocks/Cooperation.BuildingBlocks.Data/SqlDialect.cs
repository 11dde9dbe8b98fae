namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// The handful of DDL phrases SQLite and PostgreSQL spell differently, offered to migration
/// scripts as DbUp variables. Queries need none of these: repositories stick to SQL both accept.
/// </summary>
public sealed class SqlDialect
{
    private static readonly SqlDialect Sqlite = new(new Dictionary<string, string>
    {
        // An auto-numbered 64-bit key: SQLite's rowid alias, PostgreSQL's identity column.
        ["identity_key"] = "INTEGER PRIMARY KEY AUTOINCREMENT",
    });

    private static readonly SqlDialect PostgreSql = new(new Dictionary<string, string>
    {
        ["identity_key"] = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
    });

    private SqlDialect(Dictionary<string, string> scriptVariables) => ScriptVariables = scriptVariables;

    /// <summary>Write <c>$identity_key$</c> in a migration where an auto-numbered key is needed.</summary>
    public IDictionary<string, string> ScriptVariables { get; }

    public static SqlDialect For(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql ? PostgreSql : Sqlite;
}
