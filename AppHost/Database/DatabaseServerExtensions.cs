using Cooperation.AppHost.Platform;
using Microsoft.Extensions.Configuration;

namespace Cooperation.AppHost.Database;

internal static class DatabaseServerExtensions
{
    public const string NothingToRunHint =
        "No container engine and no PostgreSQL server (/usr/lib/postgresql/*/bin/postgres): run `sudo apt-get install postgresql` or start Docker.";

    /// <summary>
    /// The PostgreSQL server that holds every service's database. <c>Postgres:Server</c> chooses:
    /// <c>container</c>, <c>local</c> (Debian's server binaries) or <c>auto</c> (the default: a
    /// container where an engine answers). <c>Postgres:Port</c> fixes the port; 0 or unset takes a
    /// free one. <c>Postgres:BinDirectory</c> names the directory of postgres and initdb where they
    /// are not under /usr/lib/postgresql. Either way the data is kept between runs (a container
    /// volume, or a cluster under <see cref="LocalData"/>).
    /// Returns null when neither a container engine nor the server binaries are there.
    /// </summary>
    public static DatabaseServer? AddDatabaseServer(this IDistributedApplicationBuilder builder, string name, LocalData localData)
    {
        var port = builder.Configuration.GetValue<int?>("Postgres:Port") ?? 0;
        var choice = builder.Configuration["Postgres:Server"] ?? "auto";

        if (choice == "container" || (choice == "auto" && ContainerEngine.Answers()))
        {
            Console.WriteLine($"postgres: PostgreSQL container{(port == 0 ? "" : $" on port {port}")}");
            var container = builder.AddPostgres(name, port: port == 0 ? null : port);
            var volume = VolumeNameGenerator.Generate(container, "data");
            if (localData.Reset)
            {
                ContainerEngine.RemoveVolume(volume);
            }

            container.WithDataVolume(volume);
            return new DatabaseServer(container, database => container.AddDatabase(database));
        }

        var directory = localData.DirectoryFor("postgres");
        var bin = PostgresBinaries.Find(builder.Configuration["Postgres:BinDirectory"], Path.Combine(directory, "data"));
        return bin is null ? null : builder.AddLocalPostgres(name, new LocalPostgresCluster(port == 0 ? FreePort.OnLoopback() : port, bin, directory), localData);
    }

    private static DatabaseServer AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, LocalPostgresCluster cluster, LocalData localData)
    {
        cluster.Prepare(localData.Reset);
        Console.WriteLine($"postgres: local PostgreSQL ({cluster.BinDirectory}) on 127.0.0.1:{cluster.Port}, data in {cluster.DataDirectory}");

        var server = builder.AddResource(new LocalPostgresResource(name, cluster))
            .WithArgs([.. cluster.Arguments])
            .WithHealthCheck(builder.AddPostgresHealthCheck(name, cluster.ConnectionString("postgres")))
            .WithDatabaseLifetime();

        return new DatabaseServer(server, database =>
        {
            var resource = new LocalPostgresDatabaseResource(database, server.Resource);
            server.Resource.Databases.Add(resource);
            return builder.AddResource(resource)
                .WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabase", State = KnownResourceStates.Waiting, Properties = [] })
                .WithHealthCheck(builder.AddPostgresHealthCheck(database, cluster.ConnectionString(database)));
        });
    }

    /// <summary>Registers a connection check and returns its key.</summary>
    private static string AddPostgresHealthCheck(this IDistributedApplicationBuilder builder, string resourceName, string connectionString)
    {
        return builder.AddResourceHealthCheck($"{resourceName}_postgres_connection", new PostgresConnectionHealthCheck(connectionString));
    }
}
