namespace Cooperation.AppHost.Database;

/// <summary>
/// The one PostgreSQL server of the stack, container or local, and the way to give a service its
/// own database on it, whichever of the two runs.
/// </summary>
internal sealed class DatabaseServer(
    IResourceBuilder<IResourceWithConnectionString> server,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
{
    public IResourceBuilder<IResourceWithConnectionString> Server { get; } = server;

    /// <summary>
    /// A database named <paramref name="name"/>, created when missing once the server is ready and
    /// healthy once it accepts a connection. A service referencing it gets <c>ConnectionStrings__{name}</c>.
    /// </summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);
}
