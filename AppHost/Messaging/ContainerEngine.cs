using System.Diagnostics;

namespace Cooperation.AppHost.Messaging;

/// <summary>
/// Asks the container engine whether it answers. Aspire's container resources do not fail when the
/// engine is down: they wait forever, and so does every resource that waits for them.
/// </summary>
internal static class ContainerEngine
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static bool Answers()
    {
        // Aspire reads the same variable to choose between docker and podman.
        var engine = Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") is { Length: > 0 } chosen
            ? chosen
            : "docker";
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(engine, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (probe is null)
            {
                return false;
            }

            // Drain the output so a chatty engine cannot block on a full pipe.
            _ = probe.StandardOutput.ReadToEndAsync();
            _ = probe.StandardError.ReadToEndAsync();
            if (!probe.WaitForExit(ProbeTimeout))
            {
                probe.Kill(entireProcessTree: true);
                return false;
            }

            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no such program
        }
    }
}
