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
/// The whole stack as a person starts it: <c>./scripts/run.sh</c> (the AppHost already built) with
/// a fresh local-data directory, timed until every service answers grpc.health.v1 SERVING on its
/// launch-profile port; then, after it has idled, each service's resident memory from /proc.
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

    public static async Task<int> RunAsync(TimeSpan idle)
    {
        if (StackPorts.FirstOrDefault(PortOpen) is var busy and > 0)
        {
            await Console.Error.WriteLineAsync($"Port {busy} is in use (another local stack runs): the start cannot be measured now.");
            return 1;
        }

        var data = Directory.CreateTempSubdirectory("bench-stack-").FullName;
        // A temporary directory is its owner's alone (0700), but the local PostgreSQL cluster runs as
        // the postgres user, whose initdb must reach its data directory inside it.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
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
        var clock = Stopwatch.StartNew();
        using var runScript = Process.Start(start) ?? throw new InvalidOperationException("scripts/run.sh did not start.");
        var output = new ConcurrentQueue<string>();
        runScript.OutputDataReceived += (_, e) => Keep(output, e.Data);
        runScript.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        runScript.BeginOutputReadLine();
        runScript.BeginErrorReadLine();
        try
        {
            var healthyAt = await WaitUntilHealthyAsync(clock, runScript, output);
            var allHealthy = healthyAt.Values.Max();
            Console.WriteLine($"Every service healthy after {allHealthy.TotalSeconds:F1} s; idling {idle.TotalSeconds} s…");
            // The memory baseline idles alongside: a bare Grpc.AspNetCore server with no database,
            // broker, authentication or telemetry, started the same way.
            await using var echo = await EchoBaseline.StartAsync();
            await Task.Delay(idle);
            var memory = Services.ToDictionary(s => s.Name, s => PidOf(runScript.Id, s.Assembly) is { } pid ? ProcessMemory.Read(pid) : null);
            var baseline = ProcessMemory.Read(echo.Pid);

            var results = new ResultsFile("start", "Stack start and idle memory");
            results.Paragraph(
                "`./scripts/run.sh` with the AppHost already built (it still runs `dotnet run --project AppHost`, whose up-to-date check is part of the time), " +
                "a fresh local-data directory (new PostgreSQL cluster and broker node), the local rabbitmq-server and PostgreSQL (no container engine). " +
                $"Time from starting the script to each service's first grpc.health.v1 SERVING on its port (polled every 250 ms); memory from /proc/PID/smaps after {idle.TotalSeconds:0} s idle. " +
                "RSS counts every resident page whole; PSS divides shared pages among the processes sharing them. " +
                "RSS is split into the runtime's code and type data (JIT output, method tables, stubs), pages of mapped files (assemblies, native libraries: clean, mostly shared), and the rest (GC heap, native heaps, stacks). " +
                "The baseline is the bare Grpc.AspNetCore echo server of the RPC benchmarks, idling alongside.");
            results.Table(["Service", "Healthy after", "Goal", "Idle RSS", "Goal", "÷ echo", "PSS", "Code and types", "File pages", "GC heap and native"],
                Services.Select(s => (string[])[s.Name, $"{healthyAt[s.Name].TotalSeconds:F1} s", "≤ 30 s (all)", .. MemoryCells(memory[s.Name], baseline, "≤ 120 MB")])
                    .Append(["every service", $"{allHealthy.TotalSeconds:F1} s", "≤ 30 s", "", "", "", "", "", "", ""])
                    .Append(["bare gRPC echo (baseline)", "", "", .. MemoryCells(baseline, baseline, "")]));
            await results.WriteAsync();
            return 0;
        }
        finally
        {
            await StopAsync(runScript);
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

                foreach (var (name, _, _) in Services.Where(s => !healthyAt.ContainsKey(s.Name)))
                {
                    if (await ServingAsync(channels[name]))
                    {
                        healthyAt[name] = clock.Elapsed;
                    }
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
