using System.Diagnostics;
using System.Globalization;

namespace Cooperation.AppHost.Platform;

/// <summary>
/// Reads the pid file a server left behind and tells whether that process still runs. A crashed
/// run leaves its pid file, and on a machine whose init does not reap orphans the dead server
/// stays a zombie under the same pid: a plain "does the pid exist" check would take it for alive
/// and refuse to start.
/// </summary>
internal static class LeftoverProcess
{
    /// <summary>
    /// The live, non-zombie process named <paramref name="expectedName"/> whose pid is on the first
    /// line of <paramref name="pidFile"/>, or null when there is none (the file may then go).
    /// </summary>
    public static int? LiveProcessFrom(string pidFile, string expectedName)
    {
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var firstLine = File.ReadLines(pidFile).FirstOrDefault()?.Trim();
        return int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && LiveName(pid) == expectedName
            ? pid
            : null;
    }

    /// <summary>Sends <paramref name="signal"/> (e.g. "TERM") and waits for the process to end; kills it when it does not.</summary>
    public static void Stop(int pid, string signal, TimeSpan grace)
    {
        using (var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var deadline = DateTime.UtcNow + grace;
        while (DateTime.UtcNow < deadline && LiveName(pid) is not null)
        {
            Thread.Sleep(200); // no event to wait on for a process that is not our child
        }

        if (LiveName(pid) is not null)
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
    }

    /// <summary>The name of a running process, or null when it is gone or a zombie.</summary>
    private static string? LiveName(int pid)
    {
        var procDirectory = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}";
        try
        {
            // "pid (comm) state ...": the state follows the last ')', since comm may hold one.
            var stat = File.ReadAllText(Path.Combine(procDirectory, "stat"));
            var state = stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault();
            return state is 'Z' or 'X' ? null : File.ReadAllText(Path.Combine(procDirectory, "comm")).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
