using System.Globalization;

namespace Cooperation.Testing;

/// <summary>
/// Debian's PostgreSQL server binaries, as the private cluster and the streaming pair run them:
/// as the postgres user when the tests run as root (initdb refuses root), on a data directory of
/// their own, on loopback with durability switched off for speed.
/// </summary>
internal sealed class PostgresBinaries
{
    private const string Root = "/usr/lib/postgresql";

    private readonly string _bin;
    private readonly TimeSpan _timeout;

    private PostgresBinaries(string bin, TimeSpan timeout)
    {
        _bin = bin;
        _timeout = timeout;
    }

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The newest installed version that has <paramref name="tool"/>; fails loudly when PostgreSQL is not installed.</summary>
    public static PostgresBinaries Find(string tool, TimeSpan timeout)
    {
        var bin = Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, tool)))
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : new Version(0, 0))
                .FirstOrDefault()
            : null;
        return bin is null
            ? throw new InvalidOperationException($"PostgreSQL is not installed (no {Root}/*/bin/{tool}): install it, e.g. `apt-get install -y postgresql`.")
            : new PostgresBinaries(bin, timeout);
    }

    public string PathOf(string program) => Path.Combine(_bin, program);

    /// <summary>Creates <paramref name="directory"/>, owned by the postgres user when the tests run as root.</summary>
    public async Task CreateDirectoryAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        if (IsRoot)
        {
            await FixtureProcesses.RunAsync("chown", ["postgres:postgres", directory], _timeout);
        }
    }

    /// <summary>A new cluster in <paramref name="data"/>: trust authentication for the postgres user, UTF-8, no sync.</summary>
    public Task InitDbAsync(string data) =>
        RunAsync("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);

    /// <summary>
    /// Starts the server on <paramref name="data"/> and waits until it accepts connections: on
    /// <paramref name="port"/> of loopback, its socket in <paramref name="socketDirectory"/>, fsync and
    /// full-page writes off, with <paramref name="settings"/> (further <c>-c</c> options) added.
    /// </summary>
    public Task StartAsync(string data, string log, int port, string socketDirectory, string settings) =>
        RunAsync("pg_ctl",
        [
            "-D", data, "-l", log, "-w", "-t", ((int)_timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            "-o", $"-p {port} -k {socketDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off {settings}".TrimEnd(),
            "start",
        ]);

    /// <summary>Ends the server at once (<c>pg_ctl stop -m immediate</c>): no checkpoint, open sessions cut, as a crash would.</summary>
    public Task StopImmediatelyAsync(string data) => RunAsync("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);

    /// <summary>Runs one of the binaries to its end, as the postgres user when the tests run as root.</summary>
    public Task RunAsync(string program, IEnumerable<string> arguments) => IsRoot
        ? FixtureProcesses.RunAsync("runuser", ["-u", "postgres", "--", PathOf(program), .. arguments], _timeout)
        : FixtureProcesses.RunAsync(PathOf(program), arguments, _timeout);
}
