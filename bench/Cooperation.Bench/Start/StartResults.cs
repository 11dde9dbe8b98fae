using Cooperation.Bench.Common;

namespace Cooperation.Bench.Start;

/// <summary>The start benchmark's result file: every start, its steps (medians per kind), and the last start's memory.</summary>
internal static class StartResults
{
    public static async Task WriteAsync(IReadOnlyList<StartRun> starts, IReadOnlyList<string> services, TimeSpan idle)
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
        results.Table(["Start", .. StartRun.StepNames, "every service SERVING"],
            new[] { StartRun.FreshData, StartRun.KeptData }.Select(kind => starts.Where(s => s.Kind == kind).ToList()).Where(runs => runs.Count > 0).Select(runs =>
                (string[])[runs[0].Kind, .. StartRun.StepNames.Select(step => StepCell(runs, step)), Seconds(Median(runs.Select(r => r.AllHealthy)))]));

        results.Paragraph(
            $"Memory of the last start, from /proc/PID/smaps after {idle.TotalSeconds:0} s idle. " +
            "RSS counts every resident page whole; PSS divides shared pages among the processes sharing them. " +
            "RSS is split into the runtime's code and type data (JIT output, method tables, stubs), pages of mapped files (assemblies, native libraries: clean, mostly shared), and the rest (GC heap, native heaps, stacks). " +
            "The baseline is the bare Grpc.AspNetCore echo server of the RPC benchmarks, idling alongside.");
        results.Table(["Service", "Healthy after", "Idle RSS", "Goal", "÷ echo", "PSS", "Code and types", "File pages", "GC heap and native"],
            services.Select(name => (string[])[name, Seconds(last.HealthyAt[name]), .. MemoryCells(last.Memory?[name], last.Baseline, "≤ 120 MB")])
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

    private static IEnumerable<string> MemoryCells(ProcessMemory? memory, ProcessMemory? baseline, string goal) => memory is null
        ? ["not found", goal, "", "", "", "", ""]
        : [
            ProcessMemory.Megabytes(memory.Resident), goal,
            baseline is null ? "" : $"{(double)memory.Resident / baseline.Resident:F2}×",
            ProcessMemory.Megabytes(memory.Proportional), ProcessMemory.Megabytes(memory.CodeAndTypes),
            ProcessMemory.Megabytes(memory.FilePages), ProcessMemory.Megabytes(memory.Anonymous),
        ];
}
