using System.Diagnostics;
using System.Globalization;
using Cooperation.Bench.Common;
using Grpc.Core;
using Npgsql;
using AuditV1 = Cooperation.Contracts.Audit.V1;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Bench.Data;

/// <summary>
/// The metrics service (its Release binary) over a database holding <c>rows</c> observations and
/// as many audit records: ListObservations and the audit history, one call in flight, p50/p99 over
/// the call through gRPC; then VerifyAuditTrail over the whole chain, in records per second.
/// </summary>
internal static class DataScaleBenchmark
{
    private const int Calls = 200;

    public static async Task<int> RunAsync(int rows)
    {
        await using var stack = await BenchStack.StartAsync(withBroker: true);
        var (metrics, database) = await stack.StartServiceAsync("Metrics", "metricsdb");
        await using var source = NpgsqlDataSource.Create(database);

        var load = Stopwatch.StartNew();
        Console.WriteLine($"Loading {rows:N0} observations…");
        var codes = await BulkLoad.ObservationsAsync(source, rows);
        Console.WriteLine($"Loading {rows:N0} audit records…");
        await BulkLoad.AuditRecordsAsync(source, rows);
        var loaded = load.Elapsed;

        var analyst = new Metadata { { "Authorization", $"Bearer {stack.Tokens.Mint("analyst", TimeSpan.FromHours(2))}" } };
        var auditor = new Metadata { { "Authorization", $"Bearer {stack.Tokens.Mint("auditor", TimeSpan.FromHours(2))}" } };
        var observations = new V1.ObservationsService.ObservationsServiceClient(metrics.Channel);
        var audit = new AuditV1.AuditService.AuditServiceClient(metrics.Channel);
        var random = new Random(12);

        Console.WriteLine("Queries…");
        var listAll = await TimeAsync("ListObservations, every quarter", () => observations.ListObservationsAsync(
            new V1.ListObservationsRequest { IndicatorId = codes[random.Next(codes.Count)], PageSize = 50 }, analyst).ResponseAsync);
        // The same list without the newest-first index (migration 0005), for the before and after.
        await ExecuteAsync(source, "DROP INDEX ix_manual_observations_newest");
        var listAllBefore = await TimeAsync("ListObservations, every quarter, without the newest-first index", () => observations.ListObservationsAsync(
            new V1.ListObservationsRequest { IndicatorId = codes[random.Next(codes.Count)], PageSize = 50 }, analyst).ResponseAsync);
        await ExecuteAsync(source, "CREATE INDEX ix_manual_observations_newest ON manual_observations (indicator_code, recorded_at DESC, version DESC)");
        var listQuarter = await TimeAsync("ListObservations, one quarter", () => observations.ListObservationsAsync(
            new V1.ListObservationsRequest
            {
                IndicatorId = codes[random.Next(codes.Count)],
                Quarter = new V1.Quarter { Year = BulkLoad.FirstYear + random.Next(BulkLoad.Years), Quarter_ = 1 + random.Next(4) },
                PageSize = 50,
            }, analyst).ResponseAsync);
        var resourceHistory = await TimeAsync("ListAuditRecords, one resource", () => audit.ListAuditRecordsAsync(
            new AuditV1.ListAuditRecordsRequest
            {
                ResourceType = "ManualObservation", ResourceId = BulkLoad.Resource(random.Next(rows / BulkLoad.RecordsPerResource)), PageSize = 50,
            }, auditor).ResponseAsync);
        var actorHistory = await TimeAsync("ListAuditRecords, one actor", () => audit.ListAuditRecordsAsync(
            new AuditV1.ListAuditRecordsRequest { ActorSubject = $"bench-actor-{random.Next(BulkLoad.Actors)}", PageSize = 50 }, auditor).ResponseAsync);

        Console.WriteLine("Verifying the chain…");
        var cpu = stack.ServerCpu(metrics);
        var (serviceCpuBefore, databaseCpuBefore) = (cpu.Server(), cpu.Database());
        var verify = Stopwatch.StartNew();
        var verification = await audit.VerifyAuditTrailAsync(new AuditV1.VerifyAuditTrailRequest(), auditor, deadline: DateTime.UtcNow.AddMinutes(10));
        var verified = verify.Elapsed;
        var (serviceCpu, databaseCpu) = (cpu.Server() - serviceCpuBefore, cpu.Database() - databaseCpuBefore);
        var perSecond = verification.RecordsChecked / verified.TotalSeconds;
        // Once more: the first call also pays for compiling the verification's code paths.
        var (serviceCpuWarm, databaseCpuWarm) = (cpu.Server(), cpu.Database());
        verify.Restart();
        var again = await audit.VerifyAuditTrailAsync(new AuditV1.VerifyAuditTrailRequest(), auditor, deadline: DateTime.UtcNow.AddMinutes(10));
        var verifiedAgain = verify.Elapsed;
        (serviceCpuWarm, databaseCpuWarm) = (cpu.Server() - serviceCpuWarm, cpu.Database() - databaseCpuWarm);
        Console.WriteLine("The same chain read and verified in this process…");
        var breakdown = await VerificationBreakdown.MeasureAsync(source);

        var results = new ResultsFile("data", "Data scale");
        results.Paragraph(
            $"The metrics service's Release binary over a database with {rows:N0} observations entered by hand ({codes.Count} indicators, every quarter from {BulkLoad.FirstYear} to {BulkLoad.FirstYear + BulkLoad.Years - 1}, " +
            $"`manual_observations`, the table ListObservations reads) and {rows:N0} audit records continuing its hash chain ({BulkLoad.Actors} actors, " +
            $"{BulkLoad.RecordsPerResource} records per resource), loaded with binary COPY in {loaded.TotalSeconds:F0} s then ANALYZEd. Each query: {Calls} calls through gRPC " +
            $"(development token, policy, validation), one in flight, random keys, page size 50. Service and PostgreSQL pinned to CPU {Machine.ServerCore}, this program to CPU {Machine.ClientCore}.");
        results.Table(["Query", "p50", "p99", "Goal"], [
            ["ListObservations, one indicator, every quarter (newest first)", ResultsFile.Ms(listAll.P50), ResultsFile.Ms(listAll.P99), "p99 ≤ 20 ms"],
            ["ListObservations, every quarter, before migration 0005 (index dropped for this line)", ResultsFile.Ms(listAllBefore.P50), ResultsFile.Ms(listAllBefore.P99), "p99 ≤ 20 ms"],
            ["ListObservations, one indicator and quarter", ResultsFile.Ms(listQuarter.P50), ResultsFile.Ms(listQuarter.P99), "p99 ≤ 20 ms"],
            ["ListAuditRecords, one resource's history", ResultsFile.Ms(resourceHistory.P50), ResultsFile.Ms(resourceHistory.P99), "p99 ≤ 20 ms"],
            ["ListAuditRecords, one actor's history (first page)", ResultsFile.Ms(actorHistory.P50), ResultsFile.Ms(actorHistory.P99), "p99 ≤ 20 ms"],
        ]);
        results.Table(["Audit-chain verification", "Records", "Intact", "Time", "Records/s", "Goal"], [
            ["VerifyAuditTrail (gRPC, whole chain)", verification.RecordsChecked.ToString("N0", CultureInfo.InvariantCulture), verification.Intact ? "yes" : $"no: {verification.Problem}",
             $"{verified.TotalSeconds:F1} s", ResultsFile.Number(perSecond), "≥ 200,000/s"],
            ["VerifyAuditTrail again (gRPC, the service warm)", again.RecordsChecked.ToString("N0", CultureInfo.InvariantCulture), again.Intact ? "yes" : $"no: {again.Problem}",
             $"{verifiedAgain.TotalSeconds:F1} s", ResultsFile.Number(again.RecordsChecked / verifiedAgain.TotalSeconds), "≥ 200,000/s"],
            ..breakdown.Rows(),
        ]);
        results.Paragraph(
            $"Where the gRPC verification's {verified.TotalSeconds:F1} s went: the service's process used {serviceCpu.TotalSeconds:F1} s of CPU and PostgreSQL's " +
            $"{databaseCpu.TotalSeconds:F1} s (warm: {serviceCpuWarm.TotalSeconds:F1} s and {databaseCpuWarm.TotalSeconds:F1} s), both on CPU {Machine.ServerCore} (they take turns on one core, so their sum bounds the rate). The in-process lines run " +
            $"in this program on CPU {Machine.ClientCore} against the same database: reading alone is the floor PostgreSQL and Npgsql set, and the chain check " +
            "is the service's code without gRPC.");
        await results.WriteAsync();
        return 0;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<Percentiles> TimeAsync(string name, Func<Task> call)
    {
        for (var i = 0; i < 10; i++)
        {
            await call();   // warm-up: plans cached, pages in memory
        }

        var latencies = new List<double>(Calls);
        for (var i = 0; i < Calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var percentiles = new Percentiles(latencies);
        Console.WriteLine($"{name}: p50 {ResultsFile.Ms(percentiles.P50)}, p99 {ResultsFile.Ms(percentiles.P99)}");
        return percentiles;
    }
}
