namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// SQLite is the embedded default (a file per service, nothing to install); PostgreSQL is for
/// deployments. Repository SQL is written to run unchanged on both.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
