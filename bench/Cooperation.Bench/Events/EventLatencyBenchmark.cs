using System.Diagnostics;
using Cooperation.Bench.Common;
using Google.Type;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.Bench.Events;

/// <summary>
/// From the commit of a change in the working-group service to its effect committed in the
/// metrics service, at a fixed rate, against raw publish → consume on the same broker. The change
/// is <c>RecordStatementReview</c>; its StatementReviewed outbox row commits with it, the relay
/// publishes it, and the metrics service's inbox consumer records the observation and the inbox
/// row in one transaction. Both commits are seen through NOTIFY triggers on the outbox and inbox
/// tables (message id on both sides), so the figure covers relay, broker, consumer and commit.
/// </summary>
internal static class EventLatencyBenchmark
{
    public static async Task<int> RunAsync(int perSecond, TimeSpan warmUp, TimeSpan window)
    {
        await using var stack = await BenchStack.StartAsync(withBroker: true);
        var (workingGroup, workingGroupDb) = await stack.StartServiceAsync("WorkingGroup", "workinggroupdb");
        var (_, metricsDb) = await stack.StartServiceAsync("Metrics", "metricsdb");
        await using var committed = await CommitNotifications.OnInsertAsync(workingGroupDb, "outbox_messages", "bench_outbox");
        await using var applied = await CommitNotifications.OnInsertAsync(metricsDb, "inbox_messages", "bench_inbox");

        var headers = new Metadata { { "Authorization", $"Bearer {stack.Tokens.Mint("uk-co-chair", TimeSpan.FromHours(2))}" } };
        var client = new V1.StatementReviewsService.StatementReviewsServiceClient(workingGroup.Channel);
        var today = DateOnly.FromDateTime(System.DateTime.UtcNow);
        var request = new V1.RecordStatementReviewRequest
        {
            ReviewedOn = new Date { Year = today.Year, Month = today.Month, Day = today.Day },
            Outcome = V1.ReviewOutcome.Continue,
            Summary = "Benchmark review: the programme continues.",
        };
        Task Change(int _) => client.RecordStatementReviewAsync(request, headers).ResponseAsync;

        Console.WriteLine($"Service path: {perSecond}/s, {warmUp.TotalSeconds} s warm-up…");
        await FixedRate.RunAsync(perSecond, warmUp, Change);
        await Eventually(() => applied.Arrivals.Count >= committed.Arrivals.Count, TimeSpan.FromSeconds(60));
        var before = committed.Arrivals.Keys.ToHashSet();
        Console.WriteLine($"Service path: {window.TotalSeconds} s measured…");
        await FixedRate.RunAsync(perSecond, window, Change);
        var measured = committed.Arrivals.Keys.Where(k => !before.Contains(k)).ToList();
        await Eventually(() => measured.All(applied.Arrivals.ContainsKey), TimeSpan.FromSeconds(60));
        var service = new Percentiles(measured.Where(applied.Arrivals.ContainsKey)
            .Select(id => Stopwatch.GetElapsedTime(committed.Arrivals[id], applied.Arrivals[id]).TotalMilliseconds));
        var lost = measured.Count(id => !applied.Arrivals.ContainsKey(id));

        Console.WriteLine("Raw publish → consume…");
        await using var raw = await RawPublishConsume.StartAsync(stack.Broker.ConnectionString);
        var offset = 1_000_000;
        await FixedRate.RunAsync(perSecond, warmUp, i => raw.PublishAsync(offset + i));
        raw.Latencies.Clear();
        await FixedRate.RunAsync(perSecond, window, raw.PublishAsync);
        var sent = (int)(perSecond * window.TotalSeconds);
        await Eventually(() => raw.Latencies.Count(l => l.Key < offset) >= sent, TimeSpan.FromSeconds(30));
        var baseline = new Percentiles(raw.Latencies.Where(l => l.Key < offset).Select(l => l.Value));

        var results = new ResultsFile("events", "Event latency against raw publish → consume");
        results.Paragraph(
            $"{perSecond} changes a second, {warmUp.TotalSeconds} s warm-up, then {window.TotalSeconds} s measured. Service path: working-group " +
            "`RecordStatementReview` commits the review with its StatementReviewed outbox row; the outbox relay (woken by the commit) publishes it " +
            "with confirms; the metrics service's inbox consumer commits the observation with its inbox row. Latency from the outbox row's commit to the inbox row's commit, " +
            "both seen through NOTIFY triggers the bench adds (PostgreSQL delivers a notification only at commit). Raw path: RabbitMQ.Client 7 publishing a persistent " +
            "200-byte message with publisher confirms to a durable queue on the same broker, consumed with acknowledgements; latency from the start of the publish to receipt. " +
            $"Both services, PostgreSQL and the broker pinned to CPU {Machine.ServerCore}, this program to CPU {Machine.ClientCore}.");
        results.Table(["Path", "Events", "Lost", "p50", "p99", "Max", "p99 ÷ raw p99", "Goal"], [
            ["Raw publish → consume (baseline)", baseline.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "0",
             ResultsFile.Ms(baseline.P50), ResultsFile.Ms(baseline.P99), ResultsFile.Ms(baseline.Of(100)), "1.00×", ""],
            ["Working group commit → metrics commit", service.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), lost.ToString(System.Globalization.CultureInfo.InvariantCulture),
             ResultsFile.Ms(service.P50), ResultsFile.Ms(service.P99), ResultsFile.Ms(service.Of(100)), ResultsFile.Ratio(service.P99 / baseline.P99), "≤ 2.00×"],
        ]);
        await results.WriteAsync();
        return 0;
    }

    private static async Task Eventually(Func<bool> condition, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < timeout)
        {
            await Task.Delay(50);
        }
    }
}
