using System.Diagnostics;

namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>The tests' own answer to "does a container engine run here?", to know which broker to expect.</summary>
internal static class ContainerEngineProbe
{
    public static bool Answers()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (probe is null)
            {
                return false;
            }

            _ = probe.StandardOutput.ReadToEndAsync();
            _ = probe.StandardError.ReadToEndAsync();
            if (!probe.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                probe.Kill(entireProcessTree: true);
                return false;
            }

            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
