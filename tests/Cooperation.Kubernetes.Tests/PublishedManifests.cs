using System.Diagnostics;
using System.Text;

namespace Cooperation.Kubernetes.Tests;

/// <summary>
/// Runs the AppHost's publish step once, as a platform team would
/// (<c>--operation publish --step publish-kubernetes --output-path …</c>), into a temporary folder.
/// </summary>
public sealed class PublishedManifests : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(3);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"cooperation-k8s-{Guid.NewGuid():N}");

    public string Output { get; private set; } = "";

    public IReadOnlyDictionary<string, string> Files { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        var result = await PublishAsync(Directory);
        Output = result.Output;
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"The publish step exited with {result.ExitCode}:\n{result.Output}");
        }

        Files = System.IO.Directory.GetFiles(Directory)
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
    }

    public Task DisposeAsync()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs the built AppHost in publish mode from its project folder; extra settings as arguments.</summary>
    public static async Task<(int ExitCode, string Output)> PublishAsync(string outputDirectory, params string[] settings)
    {
        var appHost = AppHostFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appHost,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(appHost, "bin", BuildConfiguration, "net10.0", "Cooperation.AppHost.dll"));
        foreach (var argument in new[] { "--operation", "publish", "--step", "publish-kubernetes", "--output-path", outputDirectory }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The publish step did not finish within {PublishTimeout}.");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif

    private static string AppHostFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cooperation.sln")))
            {
                return Path.Combine(directory.FullName, "AppHost");
            }
        }

        throw new InvalidOperationException($"No Cooperation.sln above {AppContext.BaseDirectory}.");
    }
}
