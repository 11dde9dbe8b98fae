namespace Cooperation.AppHost.Database;

/// <summary>
/// One service's database in the private cluster. It has no process of its own: it runs when its
/// server runs, and is healthy once the AppHost has created it and it accepts a connection.
/// </summary>
internal sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;

    public string DatabaseName => Name;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent.Cluster.ConnectionString(DatabaseName)}");
}
