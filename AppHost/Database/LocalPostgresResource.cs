namespace Cooperation.AppHost.Database;

/// <summary>
/// The private PostgreSQL server as an executable resource: postgres in the foreground is the
/// resource's process, so the orchestrator's stop reaches it. Its connection string names the
/// maintenance database; each service reaches its own through a <see cref="LocalPostgresDatabaseResource"/>.
/// </summary>
internal sealed class LocalPostgresResource(string name, LocalPostgresCluster cluster)
    : ExecutableResource(name, cluster.Command, cluster.RootDirectory), IResourceWithConnectionString
{
    public LocalPostgresCluster Cluster { get; } = cluster;

    /// <summary>The services' databases, created once the server is ready.</summary>
    public List<LocalPostgresDatabaseResource> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Cluster.ConnectionString("postgres")}");
}
