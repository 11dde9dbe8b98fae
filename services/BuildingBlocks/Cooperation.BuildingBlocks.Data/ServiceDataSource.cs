using Npgsql;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// The pooled data source a service reads and writes through. Two settings differ from Npgsql's
/// defaults, each only where the connection string does not name it:
/// <list type="bullet">
/// <item><c>Max Auto Prepare</c>: the services send the same few statements (SQL constants) over
/// and over, so each connection prepares them after their second use, and PostgreSQL stops parsing
/// and planning them on every call.</item>
/// <item><c>No Reset On Close</c>: a connection going back to the pool is not reset (that reset
/// runs on PostgreSQL at the next use, every time). Nothing here leaves session state behind:
/// locks are transaction-scoped, nothing SETs a session variable, and the migrator, which does hold
/// a session lock, uses an unpooled connection of its own.</item>
/// </list>
/// </summary>
public static class ServiceDataSource
{
    /// <summary>Statements kept prepared per connection: more than the distinct statements one service sends.</summary>
    public const int MaxAutoPrepare = 128;

    public static NpgsqlDataSource Create(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        if (!Names(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Names(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        return builder.Build();
    }

    private static bool Names(string connectionString, params string[] keys)
    {
        var parsed = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return keys.Any(parsed.ContainsKey);
    }
}
