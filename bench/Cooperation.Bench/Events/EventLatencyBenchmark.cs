using System.Diagnostics;
using System.Globalization;
using Cooperation.Bench.Common;
using Cooperation.Contracts.Messages.WorkingGroup;
using Google.Type;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.Bench.Events;

/// <summary>
/// From the commit of a change in the working-group service to its effect committed in the
/// metrics service, at a fixed rate, broken down at its marks (<see cref="PathMarks"/>,
/// <see cref="BrokerTap"/>), against raw publish → consume on the same broker: to a classic
/// queue, to a quorum queue (the stack's kind) and to a quorum queue whose consumer commits one
/// INSERT per message (the path's unavoidable work). The change is <c>RecordStatementReview</c>;
/// its StatementReviewed outbox row commits with it, the relay publishes it, and the metrics
/// service's inbox consumer records the observation and the inbox row in one transaction.
/// </summary>
internal static class EventLatencyBenchmark
{
    public static async Task<int> RunAsync(int perSecond, TimeSpan warmUp, TimeSpan window)
    {
        var results = new ResultsFile("events", "Event latency against raw publish → consume");
        await using var stack = await BenchStack.StartAsync(withBroker: true);
        var (workingGroup, workingGroupDb) = await stack.StartServiceAsync("WorkingGroup", "workinggroupdb");
        var (_, metricsDb) = await stack.StartServiceAsync("Metrics", "metricsdb");
        await using var outbox = await PathMarks.OnOutboxAsync(workingGroupDb);
        await using var inbox = await PathMarks.OnInboxAsync(metricsDb);
        var committed = outbox.Of("committed");
        var applied = inbox.Of("applied");

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
        await Eventually(() => applied.Count >= committed.Count, TimeSpan.FromSeconds(60));
        await using var tap = await BrokerTap.StartAsync(stack.Broker.ConnectionString, typeof(StatementReviewed));
        var before = committed.Keys.ToHashSet();
        Console.WriteLine($"Service path: {window.TotalSeconds} s measured…");
        await FixedRate.RunAsync(perSecond, window, Change);
        var measured = committed.Keys.Where(k => !before.Contains(k)).ToList();
        var breakdown = new PathBreakdown(outbox, inbox, tap, measured);
        await Eventually(() => breakdown.Complete.Count == measured.Count, TimeSpan.FromSeconds(60));
        var service = new Percentiles(measured.Where(applied.ContainsKey)
            .Select(id => TimeSpan.FromTicks(applied[id].Committed - committed[id].Committed).TotalMilliseconds));
        var lost = measured.Count(id => !applied.ContainsKey(id));

        var classic = await RawAsync("Raw publish → consume, classic queue…", perSecond, warmUp, window,
            () => RawPublishConsume.StartAsync(stack.Broker.ConnectionString, quorum: false));
        var quorum = await RawAsync("Raw publish → consume, quorum queue…", perSecond, warmUp, window,
            () => RawPublishConsume.StartAsync(stack.Broker.ConnectionString, quorum: true));
        var rawDb = await stack.Postgres.CreateDatabaseAsync("benchrawdb");
        var quorumInsert = await RawAsync("Raw publish → consume → INSERT committed, quorum queue…", perSecond, warmUp, window,
            () => RawPublishConsume.StartAsync(stack.Broker.ConnectionString, quorum: true, rawDb));

        results.Paragraph(
            $"{perSecond} changes a second, {warmUp.TotalSeconds} s warm-up, then {window.TotalSeconds} s measured, each path in turn. Service path: working-group " +
            "`RecordStatementReview` commits the review with its StatementReviewed outbox row; the outbox relay (woken by the commit) claims it, publishes it " +
            "with confirms to the metrics service's quorum queue and stamps it sent; the metrics service's inbox consumer commits the observation with its inbox row. Latency from the outbox row's commit to the inbox row's commit, " +
            "both seen through NOTIFY triggers the bench adds (PostgreSQL delivers a notification only at commit). Raw paths: RabbitMQ.Client 7 publishing a persistent " +
            "200-byte message with publisher confirms to a durable queue on the same broker, consumed with acknowledgements; latency from the start of the publish to receipt " +
            "(or to the commit of the consumer's one INSERT, on the same PostgreSQL, before it acknowledges). PostgreSQL runs with `synchronous_commit=off` (the test fixture's), the broker's quorum queues sync their log as always. " +
            $"Both services, PostgreSQL and the broker pinned to CPU {Machine.ServerCore}, this program to CPU {Machine.ClientCore}.");
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        string[] Row(string path, Percentiles p, int lostCount, string goal) =>
            [path, Count(p.Count), Count(lostCount), ResultsFile.Ms(p.P50), ResultsFile.Ms(p.P99), ResultsFile.Ms(p.Of(100)),
             ResultsFile.Ratio(p.P99 / classic.P99), ResultsFile.Ratio(p.P99 / quorum.P99), goal];
        results.Table(["Path", "Events", "Lost", "p50", "p99", "Max", "p99 ÷ classic raw p99", "p99 ÷ quorum raw p99", "Goal"], [
            Row("Raw publish → consume, classic queue", classic, 0, ""),
            Row("Raw publish → consume, quorum queue (the stack's kind; the goal's baseline)", quorum, 0, ""),
            Row("Raw publish → consume → one INSERT committed, quorum queue", quorumInsert, 0, ""),
            Row("Working group commit → metrics commit", service, lost, "≤ 2.00× quorum raw"),
        ]);
        results.Paragraph(
            "Where the service path's time goes, per event (p50 and p99 of each segment over the same events; the critical path's segments add up to the total event by event, " +
            "their percentiles do not). Marks: the outbox row's commit, the relay's claim (its statement's `clock_timestamp()` and its commit), the arrival of the publish at a transient queue " +
            "the bench binds to the event's exchange, the stamp (statement and commit), the inbox row (statement and commit). A commit is seen when its notification reaches this program, " +
            "a fraction of a millisecond after it on a quiet machine and more under load (a segment from a commit to a statement's mark then reads short, even below zero, " +
            "and the next one long by as much); a statement's mark is PostgreSQL's clock, the broker's mark this program's.");
        results.Table(["Segment", "p50", "p99", "Max"], breakdown.Segments().Select(s =>
            new[] { s.Segment, ResultsFile.Ms(s.Latency.P50), ResultsFile.Ms(s.Latency.P99), ResultsFile.Ms(s.Latency.Of(100)) }));
        await results.WriteAsync();
        return 0;
    }

    private static async Task<Percentiles> RawAsync(string title, int perSecond, TimeSpan warmUp, TimeSpan window, Func<Task<RawPublishConsume>> start)
    {
        Console.WriteLine(title);
        await using var raw = await start();
        var offset = 1_000_000;
        await FixedRate.RunAsync(perSecond, warmUp, i => raw.PublishAsync(offset + i));
        raw.Latencies.Clear();
        await FixedRate.RunAsync(perSecond, window, raw.PublishAsync);
        var sent = (int)(perSecond * window.TotalSeconds);
        await Eventually(() => raw.Latencies.Count(l => l.Key < offset) >= sent, TimeSpan.FromSeconds(30));
        return new Percentiles(raw.Latencies.Where(l => l.Key < offset).Select(l => l.Value));
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
