using System.Diagnostics;
using System.Globalization;
using Cooperation.AppHost.Platform;

namespace Cooperation.AppHost.Database;

/// <summary>
/// One private PostgreSQL cluster run from Debian's server binaries: its own port on loopback and
/// its own directory (the cluster in <c>data/</c>), kept between runs. The server refuses to run
/// as root, so root runs it, and initdb, as the postgres user.
/// </summary>
internal sealed record LocalPostgresCluster(int Port, string BinDirectory, string RootDirectory)
{
    private static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(120);

    public string DataDirectory => Path.Combine(RootDirectory, "data");

    public static bool RunsAsPostgresUser => Environment.UserName == "root";

    /// <summary>
    /// What the executable resource runs: postgres in the foreground, on loopback TCP only. As root
    /// it switches user with setpriv, which execs postgres: runuser would stay as the parent and kill
    /// postgres two seconds after passing on the stop signal, cutting its shutdown short.
    /// </summary>
    public string Command => RunsAsPostgresUser ? "setpriv" : Path.Combine(BinDirectory, "postgres");

    public IReadOnlyList<string> Arguments =>
    [
        .. RunsAsPostgresUser
            ? new[] { "--reuid=postgres", "--regid=postgres", "--init-groups", "--", Path.Combine(BinDirectory, "postgres") }
            : [],
        "-D", DataDirectory,
        "-p", Port.ToString(CultureInfo.InvariantCulture),
        "-c", "listen_addresses=127.0.0.1",
        // No Unix socket: its path would have to fit 107 bytes, and every client here uses TCP.
        "-c", "unix_socket_directories=",
    ];

    /// <summary>initdb's trust authentication on loopback: no password for a local development cluster.</summary>
    public string ConnectionString(string database) => string.Create(CultureInfo.InvariantCulture,
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}");

    /// <summary>
    /// Makes the directory ready for the server: a server left running by a crashed run is stopped,
    /// the postmaster.pid of a server that died as a zombie is removed (postgres would
    /// take the zombie for a live server and refuse to start), <paramref name="reset"/> wipes the cluster, and initdb runs when there is none yet.
    /// </summary>
    public void Prepare(bool reset)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (LeftoverProcess.PidFrom(pidFile) is { } leftover)
        {
            if (LeftoverProcess.IsRunning(leftover, "postgres"))
            {
                Console.WriteLine($"postgres: stopping the server (pid {leftover}) left running in {DataDirectory} by an earlier run");
                LeftoverProcess.Stop(leftover, "INT", TimeSpan.FromSeconds(30)); // SIGINT: fast shutdown
            }
            else if (LeftoverProcess.IsZombie(leftover))
            {
                // postgres would take the zombie for a server still running. A pid that is simply
                // gone is left to postgres, which also checks that no old backend still uses the data.
                File.Delete(pidFile);
            }
        }

        if (reset && Directory.Exists(RootDirectory))
        {
            Console.WriteLine($"postgres: LocalData:Reset wipes {RootDirectory}");
            Directory.Delete(RootDirectory, recursive: true);
        }

        Directory.CreateDirectory(RootDirectory);
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        if (RunsAsPostgresUser)
        {
            Run("chown", ["postgres:postgres", RootDirectory]);
        }

        Console.WriteLine($"postgres: initdb {DataDirectory} (first start)");
        RunAsServerUser(Path.Combine(BinDirectory, "initdb"),
            ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
    }

    private static void RunAsServerUser(string program, IEnumerable<string> arguments)
    {
        if (RunsAsPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(InitTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within {InitTimeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {output.Result}{error.Result}");
        }
    }
}
