using System.Diagnostics;

namespace Cooperation.Testing;

/// <summary>The programs the fixtures start (brokers) and run to their end (database tools).</summary>
internal static class FixtureProcesses
{
    /// <summary>Starts a long-running server, its console lines kept in <paramref name="log"/> to explain a failed start.</summary>
    public static Process StartLogged(string program, string workingDirectory, IEnumerable<(string Name, string Value)> environment, BrokerLog log)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        process.OutputDataReceived += (_, e) => log.Add(e.Data);
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Runs a program to its end within <paramref name="timeout"/> (with <paramref name="environment"/>
    /// added to its own) and returns its standard output; a failure or overrun throws with its output.
    /// </summary>
    public static async Task<string> RunAsync(
        string program, IEnumerable<string> arguments, TimeSpan timeout, IEnumerable<(string Name, string Value)>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var overrun = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(overrun.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not end within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {await output}{await error}");
        }

        return await output;
    }
}
