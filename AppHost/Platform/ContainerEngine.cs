using System.Diagnostics;

namespace Cooperation.AppHost.Platform;

/// <summary>
/// Asks the container engine whether it answers. Aspire's container resources do not fail when the
/// engine is down: they wait forever, and so does every resource that waits for them.
/// </summary>
internal static class ContainerEngine
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan VolumeRemovalTimeout = TimeSpan.FromSeconds(30);

    // Aspire reads the same variable to choose between docker and podman.
    private static string Engine => Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") is { Length: > 0 } chosen
        ? chosen
        : "docker";

    // Asked once per process: the broker and PostgreSQL both need the answer, and it costs up to 5 s.
    private static readonly Lazy<bool> Answer = new(() => Run(["info"], ProbeTimeout));

    public static bool Answers() => Answer.Value;

    /// <summary>Removes a named volume, so the next container starts from empty data. A missing volume is fine.</summary>
    public static void RemoveVolume(string volumeName)
    {
        if (!Run(["volume", "rm", "--force", volumeName], VolumeRemovalTimeout))
        {
            Console.Error.WriteLine($"local data: could not remove the container volume {volumeName}; is its container still running?");
        }
    }

    private static bool Run(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Engine)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            // Drain the output so a chatty engine cannot block on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no such program
        }
    }
}
