using Npgsql;

namespace Cooperation.AppHost.Database;

/// <summary>
/// Creates each service's database in the private cluster once the server is ready, and keeps the
/// ones an earlier run made: the services' migrations bring their schema up to date themselves.
/// </summary>
internal static class LocalDatabaseCreator
{
    public static async Task CreateMissingAsync(LocalPostgresResource server, CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(server.Cluster.ConnectionString("postgres")) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var database in server.Databases.Select(d => d.DatabaseName))
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                continue;
            }

            // CREATE DATABASE takes no parameters; the name is quoted as an identifier.
            var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            Console.WriteLine($"postgres: created database {database}");
        }
    }
}
