using Microsoft.Extensions.Configuration;

namespace Cooperation.AppHost.Platform;

/// <summary>
/// Where the local broker and the local PostgreSQL cluster keep their data between runs, and
/// whether this run starts them from empty. <c>LocalData:Directory</c> moves the root (the tests
/// give each run a temporary one); <c>LocalData:Reset=true</c> wipes the data before starting.
/// </summary>
internal sealed class LocalData(string root, bool reset)
{
    public string Root { get; } = root;

    public bool Reset { get; } = reset;

    public static LocalData From(IConfiguration configuration) => new(
        configuration["LocalData:Directory"] is { Length: > 0 } configured ? Path.GetFullPath(configured) : DefaultRoot(),
        configuration.GetValue<bool>("LocalData:Reset"));

    /// <summary>The directory of one part (e.g. "postgres"); whoever prepares that part creates it.</summary>
    public string DirectoryFor(string part) => Path.Combine(Root, part);

    /// <summary>
    /// Per user and outside the repository, so a clean clone or <c>git clean</c> keeps the data.
    /// root's home is private to root, and the cluster runs as the postgres user, which must be
    /// able to reach its data directory: root's data goes to /var/lib instead.
    /// </summary>
    private static string DefaultRoot() => Environment.UserName == "root"
        ? "/var/lib/cooperation"
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cooperation", "local-data");
}
