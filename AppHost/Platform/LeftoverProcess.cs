using System.Diagnostics;
using System.Globalization;

namespace Cooperation.AppHost.Platform;

/// <summary>
/// Reads the pid file a server left behind and tells what became of that process. The
/// orchestrator kills the servers when the stack stops, so their pid files stay; and on a machine
/// whose init does not reap orphans, a dead server stays a zombie under the same pid, which a plain
/// "does the pid exist" check takes for a live server.
/// </summary>
internal static class LeftoverProcess
{
    public static int? PidFrom(string pidFile)
    {
        var firstLine = File.Exists(pidFile) ? File.ReadLines(pidFile).FirstOrDefault()?.Trim() : null;
        return int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    /// <summary>True when <paramref name="pid"/> runs and is named <paramref name="name"/> (not a zombie).</summary>
    public static bool IsRunning(int pid, string name) => Stat(pid) is { } stat && !IsDead(stat) && Name(pid) == name;

    public static bool IsZombie(int pid) => Stat(pid) is { } stat && IsDead(stat);

    /// <summary>Sends <paramref name="signal"/> (e.g. "TERM") and waits for the process to end; kills it when it does not.</summary>
    public static void Stop(int pid, string signal, TimeSpan grace)
    {
        using (var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var deadline = DateTime.UtcNow + grace;
        while (DateTime.UtcNow < deadline && Stat(pid) is { } stat && !IsDead(stat))
        {
            Thread.Sleep(200); // no event to wait on for a process that is not our child
        }

        if (Stat(pid) is { } last && !IsDead(last))
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
    }

    // "pid (comm) state ...": the state follows the last ')', since comm may hold one.
    private static bool IsDead(string stat) => stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is 'Z' or 'X';

    private static string? Stat(int pid) => Read(pid, "stat");

    private static string? Name(int pid) => Read(pid, "comm")?.Trim();

    private static string? Read(int pid, string file)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/{file}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // gone
        }
    }
}
