using System.Globalization;
using System.Text;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Stream;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Bench.Stream;

/// <summary>
/// The live stream under load (issue goals: with 1,000 subscribers on one replica and 10 changes a
/// second, 100 % delivered, p99 ≤ 250 ms commit → receipt, ≤ 100 KB per subscriber, and one stalled
/// subscriber moving the others' p99 by ≤ 20 %). Hosts the service in process on a private
/// PostgreSQL, opens the subscribers, warms up, measures windows without and windows with one
/// subscriber that never reads (its first message, a 2 MB snapshot, blocks its stream) in turn, and
/// writes the table to bench/results/stream.md.
/// </summary>
internal static class StreamBenchmark
{
    private static readonly Quarter Measured = new(2099, 1);
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan JoinSettle = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(StreamBenchmarkSettings settings)
    {
        using var stop = new CancellationTokenSource();
        var results = ResultsDirectory();
        // The in-process host finds the service's content root through the manifest beside this program.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        await using var factory = new BenchServiceFactory();
        var client = new V1.IndicatorStreamService.IndicatorStreamServiceClient(factory.Channel);
        var feed = factory.Services.GetRequiredService<IndicatorChangeFeed>();
        await PadAsync(factory.ConnectionString);
        var maxCommits = (int)((settings.WarmUp + (2 * settings.Rounds * settings.Window)).TotalSeconds * settings.ChangesPerSecond) + 100;
        var committer = new Committer(factory.Services, Measured, maxCommits);
        Console.WriteLine($"Opening {settings.Subscribers} subscribers (machine load {LoadAverage()})…");

        var heapBefore = SettledHeap();
        var subscribers = Enumerable.Range(0, settings.Subscribers)
            .Select(_ => new BenchSubscriber(client, BuiltInIndicators.MeetingsHeld, maxCommits)).ToList();
        foreach (var subscriber in subscribers)
        {
            subscriber.Start(Measured.Year, Measured.Number, stop.Token);
        }

        await Task.WhenAll(subscribers.Select(s => s.SnapshotReceived)).WaitAsync(TimeSpan.FromMinutes(3));
        var perSubscriber = (SettledHeap() - heapBefore) / (double)settings.Subscribers;

        Console.WriteLine($"Warming up for {settings.WarmUp.TotalSeconds} s…");
        await committer.RunAsync(settings.ChangesPerSecond, settings.WarmUp, stop.Token);

        // Windows without and with the stalled subscriber alternate (ABBA: without-with, then
        // with-without), so a change in the machine's load over the run falls on both alike.
        var calm = new List<WindowResult>();
        var stalled = new List<WindowResult>();
        var stillConnected = 0;
        for (var round = 0; round < settings.Rounds; round++)
        {
            var stalledFirst = round % 2 == 1;
            if (!stalledFirst)
            {
                calm.Add(await MeasureCalmAsync(round));
            }

            var (result, connected) = await MeasureWithStalledAsync(round);
            stalled.Add(result);
            stillConnected = Math.Max(stillConnected, connected);
            if (stalledFirst)
            {
                calm.Add(await MeasureCalmAsync(round));
            }
        }

        var table = Table(settings, calm, stalled, perSubscriber, stillConnected) + $"\nMachine load (1/5/15-minute load averages) at the end: {LoadAverage()}\n";
        Console.WriteLine(table);
        var path = Path.Combine(results, "stream.md");
        await File.WriteAllTextAsync(path, table, stop.Token);
        Console.WriteLine($"Written to {path}");

        foreach (var subscriber in subscribers)
        {
            subscriber.Stop();
        }

        await stop.CancelAsync();
        return 0;

        async Task<WindowResult> MeasureCalmAsync(int round)
        {
            Console.WriteLine($"Round {round + 1}: measuring {settings.Window.TotalSeconds} s without a stalled subscriber…");
            return await MeasureAsync(committer, subscribers, settings, stop.Token);
        }

        async Task<(WindowResult Result, int Connected)> MeasureWithStalledAsync(int round)
        {
            WindowResult result;
            int connected;
            using (var stalled = client.WatchIndicators(new V1.WatchIndicatorsRequest(), cancellationToken: stop.Token))   // all indicators, never read
            {
                while (feed.SubscriberCount < settings.Subscribers + 1)
                {
                    await Task.Delay(50, stop.Token);
                }

                // Its 2 MB snapshot is read, encoded and stuck in its transport first: the window
                // measures the stall, not that one-off joining cost.
                await Task.Delay(JoinSettle, stop.Token);
                Console.WriteLine($"Round {round + 1}: measuring {settings.Window.TotalSeconds} s with one stalled subscriber…");
                result = await MeasureAsync(committer, subscribers, settings, stop.Token);
                connected = feed.SubscriberCount;
            }

            for (var waited = 0; feed.SubscriberCount > settings.Subscribers && waited < 600; waited++)
            {
                await Task.Delay(50, stop.Token);
            }

            // The leaving costs as little as the joining is allowed to.
            await Task.Delay(Drain, stop.Token);
            return (result, connected);
        }
    }

    private static async Task<WindowResult> MeasureAsync(
        Committer committer, IReadOnlyList<BenchSubscriber> subscribers, StreamBenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var window = await committer.RunAsync(settings.ChangesPerSecond, settings.Window, cancellationToken);
        await Task.Delay(Drain, cancellationToken);
        return WindowResult.Of(committer, window, subscribers);
    }

    // A hundred indicators with a value in every quarter from 2050: an unfiltered snapshot of about
    // 2 MB, far beyond what the transport buffers for a client that does not read.
    private static async Task PadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            INSERT INTO indicators (code, name_en, name_bg, unit, measure, baseline, target, direction, period_type, source, updated_at)
            SELECT 'bench.padding-indicator-with-a-long-code-' || n, 'Padding', 'Padding', 'items', 'count', 0, 1,
                   'increase', 'quarter', 'built_in', now()
            FROM generate_series(1, 100) n ON CONFLICT DO NOTHING;
            INSERT INTO indicator_values (indicator_code, year, quarter, value, version, updated_at)
            SELECT code, y, q, 1, 0, now() FROM indicators, generate_series(2050, 2098) y, generate_series(1, 4) q
            WHERE code LIKE 'bench.padding-%' ON CONFLICT DO NOTHING;
            """);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static long SettledHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Table(
        StreamBenchmarkSettings settings, IReadOnlyList<WindowResult> calmWindows, IReadOnlyList<WindowResult> stalledWindows,
        double perSubscriber, int stillConnected)
    {
        var calm = WindowResult.Pool(calmWindows);
        var stalled = WindowResult.Pool(stalledWindows);
        var c = CultureInfo.InvariantCulture;
        var perRound = string.Join(", ", calmWindows.Zip(stalledWindows, (w, s) => (s.Latencies.Percentile(99) / w.Latencies.Percentile(99)).ToString("F2", c)));
        var calmHalves = P99(calmWindows.Where((_, i) => i % 2 == 0)) / P99(calmWindows.Where((_, i) => i % 2 == 1));
        var stalledHalves = P99(stalledWindows.Where((_, i) => i % 2 == 0)) / P99(stalledWindows.Where((_, i) => i % 2 == 1));
        var text = new StringBuilder();
        text.AppendLine("# Live stream benchmark");
        text.AppendLine();
        text.AppendLine(c, $"`dotnet run -c Release --project bench/Cooperation.Bench -- stream` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: the metrics service in process (ASP.NET Core TestServer, the same hosting as the tests; the clients run in the same process) on a private PostgreSQL 15, {settings.Subscribers} subscribers on one replica following `wg.meetings-held`, {settings.ChangesPerSecond} commits a second, {settings.WarmUp.TotalSeconds} s warm-up, then {settings.Rounds} rounds of two {settings.Window.TotalSeconds} s windows, one without and one with a subscriber of every indicator that never reads (its 2 MB snapshot blocks its stream; it joins {JoinSettle.TotalSeconds} s before its window and leaves after it), in ABBA order (without-with, with-without, …) so a drift in the machine's load falls on both alike; each window is followed by {Drain.TotalSeconds} s to drain. Latency is from the start of the commit to the subscriber's receipt of the change; the columns pool the windows of their kind.");
        text.AppendLine();
        text.AppendLine("| Measure | Goal | Without a stalled subscriber | With one stalled subscriber |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine(c, $"| Commits | | {calm.Commits} | {stalled.Commits} |");
        text.AppendLine(c, $"| Delivered share | 100 % | {Share(calm)} | {Share(stalled)} |");
        text.AppendLine(c, $"| p50 delivery latency | | {calm.Latencies.Percentile(50):F1} ms | {stalled.Latencies.Percentile(50):F1} ms |");
        text.AppendLine(c, $"| p99 delivery latency | ≤ 250 ms | {calm.Latencies.Percentile(99):F1} ms | {stalled.Latencies.Percentile(99):F1} ms |");
        text.AppendLine(c, $"| Max delivery latency | | {calm.Latencies.Percentile(100):F1} ms | {stalled.Latencies.Percentile(100):F1} ms |");
        text.AppendLine(c, $"| Others' p99 with the stalled one ÷ p99 without | ≤ 1.20 | | {stalled.Latencies.Percentile(99) / calm.Latencies.Percentile(99):F2} |");
        text.AppendLine(c, $"| The same per round (with ÷ without of the round) | | | {perRound} |");
        text.AppendLine(c, $"| For scale, windows of one kind: p99 of the odd rounds ÷ the even | | {calmHalves:F2} | {stalledHalves:F2} |");
        text.AppendLine(c, $"| Managed heap per subscriber (client and server side together) | ≤ 100 KB | {perSubscriber / 1024:F1} KB | |");
        text.AppendLine(c, $"| Streams open in the stalled windows (the stalled one is never ended: the service clock stands still) | | | {stillConnected} |");
        return text.ToString();

        string Share(WindowResult r) => string.Create(c, $"{r.DeliveredShare:P3} ({r.Delivered}/{r.Expected})");
        static double P99(IEnumerable<WindowResult> windows) => WindowResult.Pool([.. windows]).Latencies.Percentile(99);
    }

    private static string ResultsDirectory()
    {
        // bench/results beside this project, found from the working directory up.
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var results = Path.Combine(directory.FullName, "bench", "results");
            if (Directory.Exists(Path.Combine(directory.FullName, "bench")))
            {
                Directory.CreateDirectory(results);
                return results;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
