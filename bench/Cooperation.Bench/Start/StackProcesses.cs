using System.Diagnostics;
using System.Globalization;
using Cooperation.Bench.Common;

namespace Cooperation.Bench.Start;

/// <summary>The started stack's processes: finding a service's process, and stopping the script that runs the stack.</summary>
internal static class StackProcesses
{
    // The orchestrator (DCP) starts the services outside the script's process tree, so every process
    // is looked at; the ports were free at the start, so a match is this stack's service.
    private static IEnumerable<int> AllProcesses() =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0);

    public static int? PidOf(int runScriptPid, string assembly)
    {
        foreach (var pid in Machine.Descendants(runScriptPid).Concat(AllProcesses()).Distinct())
        {
            try
            {
                var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
                if (commandLine.Contains(assembly + ".dll", StringComparison.Ordinal) || commandLine.Contains("/" + assembly + " ", StringComparison.Ordinal)
                    || commandLine.TrimEnd().EndsWith("/" + assembly, StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Exited meanwhile, or not ours to read.
            }
        }

        return null;
    }

    public static async Task StopAsync(Process runScript)
    {
        if (runScript.HasExited)
        {
            return;
        }

        // The script forwards TERM to the AppHost, which stops everything it started.
        using (var term = Process.Start("kill", ["-TERM", runScript.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await runScript.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            runScript.Kill(entireProcessTree: true);
        }
    }
}
