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
/// PostgreSQL, opens the subscribers, warms up, measures a window without and a window with one
/// subscriber that never reads (its first message, a 2 MB snapshot, blocks its stream), and writes
/// the table to bench/results/stream.md.
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
        var maxCommits = (int)((settings.WarmUp + (3 * settings.Window)).TotalSeconds * settings.ChangesPerSecond) + 100;
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

        Console.WriteLine($"Measuring {settings.Window.TotalSeconds} s without a stalled subscriber…");
        var calm = await MeasureAsync(committer, subscribers, settings, stop.Token);
        int stillConnected;

        WindowResult withStall;
        using (var stalled = client.WatchIndicators(new V1.WatchIndicatorsRequest(), cancellationToken: stop.Token))   // all indicators, never read
        {
            while (feed.SubscriberCount < settings.Subscribers + 1)
            {
                await Task.Delay(50, stop.Token);
            }

            // Its 2 MB snapshot is read, encoded and stuck in its transport first: the window measures
            // the stall, not that one-off joining cost.
            await Task.Delay(JoinSettle, stop.Token);

            Console.WriteLine($"Measuring {settings.Window.TotalSeconds} s with one stalled subscriber…");
            withStall = await MeasureAsync(committer, subscribers, settings, stop.Token);
            stillConnected = feed.SubscriberCount;
        }

        // The same again without it, so the comparison is not of an earlier window with a later one.
        for (var waited = 0; feed.SubscriberCount > settings.Subscribers && waited < 600; waited++)
        {
            await Task.Delay(50, stop.Token);
        }

        Console.WriteLine($"Measuring {settings.Window.TotalSeconds} s without it again…");
        var calmAgain = await MeasureAsync(committer, subscribers, settings, stop.Token);

        var table = Table(settings, calm, withStall, calmAgain, perSubscriber, stillConnected) + $"\nMachine load (1/5/15-minute load averages) at the end: {LoadAverage()}\n";
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
        StreamBenchmarkSettings settings, WindowResult calm, WindowResult withStall, WindowResult calmAgain, double perSubscriber, int stillConnected)
    {
        var stalledP99 = withStall.Latencies.Percentile(99);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("# Live stream benchmark");
        text.AppendLine();
        text.AppendLine(c, $"`dotnet run -c Release --project bench/Cooperation.Bench -- stream` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: the metrics service in process (ASP.NET Core TestServer, the same hosting as the tests; the 1,000 clients run in the same process) on a private PostgreSQL 15, {settings.Subscribers} subscribers on one replica following `wg.meetings-held`, {settings.ChangesPerSecond} commits a second, {settings.WarmUp.TotalSeconds} s warm-up, then three windows of {settings.Window.TotalSeconds} s (without, with one stalled subscriber, without again), each followed by {Drain.TotalSeconds} s to drain. Latency is from the start of the commit to the subscriber's receipt of the change.");
        text.AppendLine();
        text.AppendLine("| Measure | Goal | Without a stalled subscriber | With one stalled subscriber | Without, again |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine(c, $"| Commits in the window | | {calm.Commits} | {withStall.Commits} | {calmAgain.Commits} |");
        text.AppendLine(c, $"| Delivered share | 100 % | {Share(calm)} | {Share(withStall)} | {Share(calmAgain)} |");
        text.AppendLine(c, $"| p50 delivery latency | | {calm.Latencies.Percentile(50):F1} ms | {withStall.Latencies.Percentile(50):F1} ms | {calmAgain.Latencies.Percentile(50):F1} ms |");
        text.AppendLine(c, $"| p99 delivery latency | ≤ 250 ms | {calm.Latencies.Percentile(99):F1} ms | {withStall.Latencies.Percentile(99):F1} ms | {calmAgain.Latencies.Percentile(99):F1} ms |");
        text.AppendLine(c, $"| Max delivery latency | | {calm.Latencies.Percentile(100):F1} ms | {withStall.Latencies.Percentile(100):F1} ms | {calmAgain.Latencies.Percentile(100):F1} ms |");
        text.AppendLine(c, $"| Others' p99 with the stalled one ÷ p99 without | ≤ 1.20 | {stalledP99 / calm.Latencies.Percentile(99):F2} | | {stalledP99 / calmAgain.Latencies.Percentile(99):F2} |");
        text.AppendLine(c, $"| For scale, the two windows without: p99 of the first ÷ the second | | | | {calm.Latencies.Percentile(99) / calmAgain.Latencies.Percentile(99):F2} |");
        text.AppendLine(c, $"| Managed heap per subscriber (client and server side together) | ≤ 100 KB | {perSubscriber / 1024:F1} KB | | |");
        text.AppendLine(c, $"| Streams open during the stalled window (the stalled one is never ended: the service clock stands still) | | | {stillConnected} | |");
        return text.ToString();

        string Share(WindowResult r) => string.Create(c, $"{r.DeliveredShare:P3} ({r.Delivered}/{r.Expected})");
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
