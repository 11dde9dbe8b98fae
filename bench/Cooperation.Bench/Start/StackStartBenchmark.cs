using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Cooperation.Bench.Common;
using Cooperation.Bench.Echo;
using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Cooperation.Bench.Start;

/// <summary>
/// The whole stack as a person starts it: <c>./scripts/run.sh</c> (the AppHost already built), on a
/// fresh local-data directory and again on the data it left, timed until every service answers
/// grpc.health.v1 SERVING on its launch-profile port, with the steps in between
/// (<see cref="StartTimeline"/>); then, after the last start has idled, each service's resident
/// memory from /proc.
/// </summary>
internal static class StackStartBenchmark
{
    private static readonly (string Name, string Assembly, int Port)[] Services =
    [
        ("working-group", "Cooperation.WorkingGroup", 5201),
        ("training", "Cooperation.Training", 5202),
        ("capacity-building", "Cooperation.CapacityBuilding", 5203),
        ("metrics", "Cooperation.Metrics", 5204),
    ];

    private static readonly int[] StackPorts = [15080, 5270, 5271, .. Services.Select(s => s.Port)];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    // The script's last lines, shown when it exits before the stack is healthy: without them a
    // failed start says only that it failed, not why.
    private const int KeptOutputLines = 60;

    /// <summary>
    /// <paramref name="rounds"/> rounds of two starts: the first on a fresh local-data directory (a
    /// new PostgreSQL cluster and broker node: the worst case, a first run), then a restart on the
    /// data it left (what a developer's every later run is). Memory is read after the last start.
    /// </summary>
    public static async Task<int> RunAsync(TimeSpan idle, int rounds)
    {
        if (StackPorts.FirstOrDefault(LoopbackPort.Accepts) is var busy and > 0)
        {
            await Console.Error.WriteLineAsync($"Port {busy} is in use (another local stack runs): the start cannot be measured now.");
            return 1;
        }

        // `./scripts/run.sh` runs `dotnet run --project AppHost`, which builds what changed: built
        // here first, so no start measures a build (the goal is from an already built tree).
        if (!await BuildAppHostAsync())
        {
            return 1;
        }

        var starts = new List<StartRun>();
        for (var round = 1; round <= rounds; round++)
        {
            var data = NewDataDirectory();
            try
            {
                starts.Add(await StartOnceAsync(StartRun.FreshData, data, idle: null));
                starts.Add(await StartOnceAsync(StartRun.KeptData, data, idle: round == rounds ? idle : null));
            }
            finally
            {
                try
                {
                    Directory.Delete(data, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.WriteLine($"Left {data} behind: {e.Message}");
                }
            }
        }

        await StartResults.WriteAsync(starts, [.. Services.Select(s => s.Name)], idle);
        return 0;
    }

    private static async Task<bool> BuildAppHostAsync()
    {
        var clock = Stopwatch.StartNew();
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "AppHost", "-v", "q", "-nologo"])
        {
            WorkingDirectory = ResultsFile.RepositoryRoot(),
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dotnet build did not start.");
        var output = await build.StandardOutput.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
        {
            await Console.Error.WriteLineAsync($"dotnet build AppHost failed ({build.ExitCode}):\n{output}");
            return false;
        }

        Console.WriteLine($"Built the AppHost and its services in {clock.Elapsed.TotalSeconds:F1} s.");
        return true;
    }

    private static string NewDataDirectory()
    {
        var data = Directory.CreateTempSubdirectory("bench-stack-").FullName;
        // A temporary directory is its owner's alone (0700), but the local PostgreSQL cluster runs as
        // the postgres user, whose initdb must reach its data directory inside it.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        return data;
    }

    private static async Task<StartRun> StartOnceAsync(string kind, string data, TimeSpan? idle)
    {
        await WaitUntilPortsFreeAsync();
        var root = ResultsFile.RepositoryRoot();
        var start = new ProcessStartInfo("setsid", [Path.Combine(root, "scripts", "run.sh")])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["LocalData__Directory"] = data;
        start.Environment["Authentication__Development__SigningKey"] = DevelopmentSigningKey.Generate();
        var timeline = new StartTimeline([.. Services.Select(s => s.Assembly)]);
        var clock = Stopwatch.StartNew();
        using var runScript = Process.Start(start) ?? throw new InvalidOperationException("scripts/run.sh did not start.");
        var output = new ConcurrentQueue<string>();
        runScript.OutputDataReceived += (_, e) => Keep(output, e.Data);
        runScript.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        runScript.BeginOutputReadLine();
        runScript.BeginErrorReadLine();
        using var stopWatching = new CancellationTokenSource();
        var watching = timeline.WatchAsync(clock, stopWatching.Token);
        try
        {
            var healthyAt = await WaitUntilHealthyAsync(clock, runScript, output);
            await stopWatching.CancelAsync();
            await watching;
            var steps = timeline.Snapshot();
            Console.WriteLine($"{kind}: every service healthy after {healthyAt.Values.Max().TotalSeconds:F1} s " +
                $"({string.Join(", ", StartRun.StepNames.Where(steps.ContainsKey).Select(step => $"{step} {steps[step].TotalSeconds:F1} s"))})");
            if (idle is not { } idleFor)
            {
                return new StartRun(kind, steps, healthyAt, Memory: null, Baseline: null);
            }

            Console.WriteLine($"Idling {idleFor.TotalSeconds} s…");
            // The memory baseline idles alongside: a bare Grpc.AspNetCore server with no database,
            // broker, authentication or telemetry, started the same way.
            await using var echo = await EchoBaseline.StartAsync();
            await Task.Delay(idleFor);
            var memory = Services.ToDictionary(s => s.Name, s => StackProcesses.PidOf(runScript.Id, s.Assembly) is { } pid ? ProcessMemory.Read(pid) : null);
            return new StartRun(kind, steps, healthyAt, memory, ProcessMemory.Read(echo.Pid));
        }
        finally
        {
            await stopWatching.CancelAsync();
            await watching;
            await StackProcesses.StopAsync(runScript);
        }
    }

    // A stopped stack's processes may hold their ports a moment after the script has exited.
    private static async Task WaitUntilPortsFreeAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (StackPorts.FirstOrDefault(LoopbackPort.Accepts) is var busy and > 0)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"Port {busy} was still in use 60 s after the last start stopped.");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<Dictionary<string, TimeSpan>> WaitUntilHealthyAsync(
        Stopwatch clock, Process runScript, ConcurrentQueue<string> output)
    {
        var healthyAt = new Dictionary<string, TimeSpan>();
        var channels = Services.ToDictionary(s => s.Name, s => GrpcChannel.ForAddress($"http://127.0.0.1:{s.Port}"));
        try
        {
            while (healthyAt.Count < Services.Length)
            {
                if (runScript.HasExited)
                {
                    // Let the output readers drain what the script wrote last.
                    await runScript.WaitForExitAsync();
                    throw new InvalidOperationException(
                        $"scripts/run.sh exited with {runScript.ExitCode} after {clock.Elapsed.TotalSeconds:F1} s; " +
                        $"healthy: {Healthy(healthyAt)}. Its last lines:\n{string.Join('\n', output)}");
                }

                if (clock.Elapsed > StartTimeout)
                {
                    throw new TimeoutException(
                        $"The stack was not healthy after {clock.Elapsed}; healthy: {Healthy(healthyAt)}. The script's last lines:\n{string.Join('\n', output)}");
                }

                // Every service asked at once: one whose call waits out its deadline must not delay another's answer.
                var answers = await Task.WhenAll(Services.Where(s => !healthyAt.ContainsKey(s.Name)).Select(async s =>
                    (s.Name, Serving: await ServingAsync(channels[s.Name]), At: clock.Elapsed)));
                foreach (var answer in answers.Where(a => a.Serving))
                {
                    healthyAt[answer.Name] = answer.At;
                }

                await Task.Delay(250);
            }

            return healthyAt;
        }
        finally
        {
            foreach (var channel in channels.Values)
            {
                channel.Dispose();
            }
        }
    }

    private static string Healthy(Dictionary<string, TimeSpan> healthyAt) => healthyAt.Count == 0 ? "none" : string.Join(", ", healthyAt.Keys);

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > KeptOutputLines)
        {
            output.TryDequeue(out _);
        }
    }

    private static async Task<bool> ServingAsync(GrpcChannel channel)
    {
        try
        {
            var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving;
        }
        catch (Grpc.Core.RpcException)
        {
            return false;
        }
    }
}
