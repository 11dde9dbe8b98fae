namespace Cooperation.BuildingBlocks.Data;

/// <summary>How the service reaches its PostgreSQL database, resolved once at start-up.</summary>
public sealed record DatabaseSettings(string ConnectionString)
{
    /// <summary>
    /// The value of <c>ConnectionStrings:{name}</c>; a service without its database cannot start,
    /// so a missing setting fails here, naming it.
    /// </summary>
    public static DatabaseSettings Resolve(string name, string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"The setting ConnectionStrings:{name} is missing: the service needs the connection string of its PostgreSQL " +
                $"database (for example Host=localhost;Port=5432;Database={name};Username=…), set as ConnectionStrings__{name} in the environment.")
            : new DatabaseSettings(connectionString);
}
