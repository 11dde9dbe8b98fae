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
        if (StackPorts.FirstOrDefault(PortOpen) is var busy and > 0)
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
                starts.Add(await StartOnceAsync(FreshData, data, idle: null));
                starts.Add(await StartOnceAsync(KeptData, data, idle: round == rounds ? idle : null));
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

        await WriteResultsAsync(starts, idle);
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

    private const string FreshData = "first start (fresh data)";
    private const string KeptData = "restart (data kept)";

    private static readonly string[] Steps =
    [
        StartTimeline.AppHostRunning, StartTimeline.PostgresAccepts, StartTimeline.BrokerAccepts,
        StartTimeline.FirstServiceLaunched, StartTimeline.LastServiceLaunched,
    ];

    /// <summary>One start: its steps, each service's first SERVING and, when asked to idle, memory.</summary>
    private sealed record StartRun(
        string Kind,
        IReadOnlyDictionary<string, TimeSpan> Steps,
        IReadOnlyDictionary<string, TimeSpan> HealthyAt,
        IReadOnlyDictionary<string, ProcessMemory?>? Memory,
        ProcessMemory? Baseline)
    {
        public TimeSpan AllHealthy => HealthyAt.Values.Max();
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
                $"({string.Join(", ", Steps.Where(steps.ContainsKey).Select(step => $"{step} {steps[step].TotalSeconds:F1} s"))})");
            if (idle is not { } idleFor)
            {
                return new StartRun(kind, steps, healthyAt, Memory: null, Baseline: null);
            }

            Console.WriteLine($"Idling {idleFor.TotalSeconds} s…");
            // The memory baseline idles alongside: a bare Grpc.AspNetCore server with no database,
            // broker, authentication or telemetry, started the same way.
            await using var echo = await EchoBaseline.StartAsync();
            await Task.Delay(idleFor);
            var memory = Services.ToDictionary(s => s.Name, s => PidOf(runScript.Id, s.Assembly) is { } pid ? ProcessMemory.Read(pid) : null);
            return new StartRun(kind, steps, healthyAt, memory, ProcessMemory.Read(echo.Pid));
        }
        finally
        {
            await stopWatching.CancelAsync();
            await watching;
            await StopAsync(runScript);
        }
    }

    private static async Task WriteResultsAsync(IReadOnlyList<StartRun> starts, TimeSpan idle)
    {
        var last = starts[^1];
        var results = new ResultsFile("start", "Stack start and idle memory");
        results.Paragraph(
            "`./scripts/run.sh` with the AppHost already built (it still runs `dotnet run --project AppHost`, whose up-to-date check and restore are part of the time), " +
            "the local rabbitmq-server and PostgreSQL (no container engine). " +
            $"{starts.Count / 2} rounds of two starts: a first start on a fresh local-data directory (initdb, a new broker node, every migration), then a restart on the data it left (a developer's every later run). " +
            "Time from starting the script to each service's first grpc.health.v1 SERVING on its port (polled every 250 ms).");
        results.Table(["Start", "Every service SERVING", "Goal", "Median of its kind"],
            starts.Select(run => (string[])[run.Kind, Seconds(run.AllHealthy), "≤ 30 s", Seconds(Median(starts.Where(s => s.Kind == run.Kind).Select(s => s.AllHealthy)))]));

        results.Paragraph(
            "Where the time goes, each step counted from the script's start (medians per kind). " +
            "Before the AppHost runs: `dotnet run`'s restore and up-to-date check of every project the AppHost references. " +
            "The orchestrator (DCP) then starts PostgreSQL, the broker and both dashboards at once and launches each service, with `dotnet run --no-build`, once its database and the broker report healthy; " +
            "from launch to SERVING each service starts its host, runs its migrations, seeds reference data and connects its bus.");
        results.Table(["Start", .. Steps, "every service SERVING"],
            new[] { FreshData, KeptData }.Select(kind => starts.Where(s => s.Kind == kind).ToList()).Where(runs => runs.Count > 0).Select(runs =>
                (string[])[runs[0].Kind, .. Steps.Select(step => StepCell(runs, step)), Seconds(Median(runs.Select(r => r.AllHealthy)))]));

        results.Paragraph(
            $"Memory of the last start, from /proc/PID/smaps after {idle.TotalSeconds:0} s idle. " +
            "RSS counts every resident page whole; PSS divides shared pages among the processes sharing them. " +
            "RSS is split into the runtime's code and type data (JIT output, method tables, stubs), pages of mapped files (assemblies, native libraries: clean, mostly shared), and the rest (GC heap, native heaps, stacks). " +
            "The baseline is the bare Grpc.AspNetCore echo server of the RPC benchmarks, idling alongside.");
        results.Table(["Service", "Healthy after", "Idle RSS", "Goal", "÷ echo", "PSS", "Code and types", "File pages", "GC heap and native"],
            Services.Select(s => (string[])[s.Name, Seconds(last.HealthyAt[s.Name]), .. MemoryCells(last.Memory?[s.Name], last.Baseline, "≤ 120 MB")])
                .Append(["bare gRPC echo (baseline)", "", .. MemoryCells(last.Baseline, last.Baseline, "")]));
        await results.WriteAsync();
    }

    private static string StepCell(IReadOnlyList<StartRun> runs, string step)
    {
        var seen = runs.Where(r => r.Steps.ContainsKey(step)).Select(r => r.Steps[step]).ToList();
        return seen.Count == 0 ? "not seen" : Seconds(Median(seen));
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Seconds(TimeSpan value) => $"{value.TotalSeconds:F1} s";

    // A stopped stack's processes may hold their ports a moment after the script has exited.
    private static async Task WaitUntilPortsFreeAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (StackPorts.FirstOrDefault(PortOpen) is var busy and > 0)
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

    // The orchestrator (DCP) starts the services outside the script's process tree, so every process
    // is looked at; the ports were free at the start, so a match is this stack's service.
    private static IEnumerable<int> AllProcesses() =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0);

    private static IEnumerable<string> MemoryCells(ProcessMemory? memory, ProcessMemory? baseline, string goal) => memory is null
        ? ["not found", goal, "", "", "", "", ""]
        : [
            ProcessMemory.Megabytes(memory.Resident), goal,
            baseline is null ? "" : $"{(double)memory.Resident / baseline.Resident:F2}×",
            ProcessMemory.Megabytes(memory.Proportional), ProcessMemory.Megabytes(memory.CodeAndTypes),
            ProcessMemory.Megabytes(memory.FilePages), ProcessMemory.Megabytes(memory.Anonymous),
        ];

    private static int? PidOf(int runScriptPid, string assembly)
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

    private static async Task StopAsync(Process runScript)
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

    private static bool PortOpen(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
