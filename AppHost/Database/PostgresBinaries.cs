using System.Globalization;

namespace Cooperation.AppHost.Database;

/// <summary>Finds the PostgreSQL server binaries (postgres, initdb) of Debian's packages.</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>
    /// <paramref name="configured"/> when given; otherwise the version that made the existing
    /// cluster in <paramref name="dataDirectory"/> (a newer server cannot open it), else the newest
    /// installed. Null when no server is there.
    /// </summary>
    public static string? Find(string? configured, string dataDirectory)
    {
        if (configured is { Length: > 0 })
        {
            return HasServer(configured) ? configured : null;
        }

        var installed = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot).Select(d => Path.Combine(d, "bin")).Where(HasServer).ToList()
            : [];
        var versionFile = Path.Combine(dataDirectory, "PG_VERSION");
        if (File.Exists(versionFile))
        {
            var clusterVersion = File.ReadAllText(versionFile).Trim();
            var matching = Path.Combine(DebianRoot, clusterVersion, "bin");
            if (installed.Contains(matching))
            {
                return matching;
            }
        }

        return installed
            .OrderByDescending(bin => decimal.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), NumberStyles.Number, CultureInfo.InvariantCulture, out var version) ? version : 0)
            .FirstOrDefault();
    }

    private static bool HasServer(string bin) =>
        File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb"));
}
