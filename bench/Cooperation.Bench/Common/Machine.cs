using System.Diagnostics;
using System.Globalization;

namespace Cooperation.Bench.Common;

/// <summary>
/// What the machine says about processes: load average, CPU time, resident memory and the cores a
/// process may run on, all from /proc; and pinning with util-linux's taskset.
/// </summary>
internal static class Machine
{
    // Linux reports utime and stime in clock ticks of 1/100 s (USER_HZ) on every common architecture.
    private const double TicksPerSecond = 100;

    /// <summary>The core the servers (service, PostgreSQL, broker) run on; the load generator takes <see cref="ClientCore"/>.</summary>
    public static int ServerCore => Environment.ProcessorCount > 1 ? 1 : 0;

    public static int ClientCore => 0;

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>CPU time of the process and every process below it (a service's dotnet host, PostgreSQL's backends).</summary>
    public static TimeSpan TreeCpuTime(int pid) =>
        Descendants(pid).Prepend(pid).Aggregate(TimeSpan.Zero, (sum, p) => sum + SafeCpuTime(p));

    public static string AllowedCpus(int pid) =>
        File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal))?
            .Split('\t', StringSplitOptions.RemoveEmptyEntries).Last().Trim() ?? "?";

    /// <summary>Pins every thread of this process to one core; threads started later inherit it.</summary>
    public static void PinSelf(int core)
    {
        using var taskset = Process.Start(new ProcessStartInfo("taskset", ["-a", "-p", "-c", core.ToString(CultureInfo.InvariantCulture), Environment.ProcessId.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("taskset did not start (util-linux is needed).");
        taskset.WaitForExit();
    }

    /// <summary>The postmaster of the private cluster on <paramref name="port"/>, from its postmaster.pid (pid on line 1, port on line 4).</summary>
    public static int? PostmasterOf(int port)
    {
        foreach (var file in Directory.EnumerateDirectories("/tmp", "pg-*").Select(d => Path.Combine(d, "data", "postmaster.pid")).Where(File.Exists))
        {
            try
            {
                var lines = File.ReadAllLines(file);
                if (lines.Length > 3 && lines[3].Trim() == port.ToString(CultureInfo.InvariantCulture))
                {
                    return int.Parse(lines[0], CultureInfo.InvariantCulture);
                }
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's cluster.
            }
        }

        return null;
    }

    public static IEnumerable<int> Descendants(int pid)
    {
        var children = new List<int>();
        foreach (var task in SafeDirectories($"/proc/{pid}/task"))
        {
            var file = Path.Combine(task, "children");
            if (File.Exists(file))
            {
                children.AddRange(File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture)));
            }
        }

        return children.Distinct().SelectMany(child => Descendants(child).Prepend(child)).ToList();
    }

    private static string[] SafeDirectories(string path)
    {
        try
        {
            return Directory.GetDirectories(path);
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static TimeSpan SafeCpuTime(int pid)
    {
        try
        {
            return CpuTime(pid);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;   // it exited meanwhile
        }
    }
}
