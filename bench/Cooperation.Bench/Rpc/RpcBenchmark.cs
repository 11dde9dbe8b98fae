using Cooperation.Bench.Common;
using Cooperation.Bench.Echo;
using Cooperation.Bench.Load;
using Google.Type;
using Grpc.Core;
using Npgsql;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.Bench.Rpc;

/// <summary>
/// Read and write RPCs of the working-group service (its Release binary, in a process of its own
/// on the server core with PostgreSQL and the broker) against the bare echo server and the raw
/// Npgsql statements, all measured in this run with the same load. Read: <c>ListAgencies</c>
/// (authentication with a development token, the ReadProgramme policy, validation, one query).
/// Write: <c>RecordStatementReview</c> (the review row, its hash-chained audit record and the
/// StatementReviewed outbox row in one transaction; the relay then publishes it).
/// </summary>
internal static class RpcBenchmark
{
    private const int PageSize = 20;

    public static async Task<int> RunAsync(bool read, bool write, LoadSettings settings)
    {
        await using var stack = await BenchStack.StartAsync(withBroker: true);
        var (service, database) = await stack.StartServiceAsync("WorkingGroup", "workinggroupdb");
        var headers = new Metadata { { "Authorization", $"Bearer {stack.Tokens.Mint("uk-co-chair", TimeSpan.FromHours(2))}" } };
        // The service's own data-source settings, so the baseline's statements cost PostgreSQL what the service's do.
        await using var source = Cooperation.BuildingBlocks.Data.ServiceDataSource.Create(database);
        var raw = new RawStatements(source);
        using var channels = new Channels(service.Address, settings.Connections);

        Console.WriteLine($"echo ({settings.Describe()})…");
        var echo = await EchoBaseline.MeasureAsync(settings);

        if (read)
        {
            var agencies = await new V1.AgenciesService.AgenciesServiceClient(service.Channel)
                .ListAgenciesAsync(new V1.ListAgenciesRequest { PageSize = PageSize }, headers);
            Console.WriteLine($"ListAgencies ({agencies.Agencies.Count} agencies a page)…");
            var list = await LoadGenerator.RunAsync(stack.ServerCpu(service), settings, slot =>
                new V1.AgenciesService.AgenciesServiceClient(channels.For(slot))
                    .ListAgenciesAsync(new V1.ListAgenciesRequest { PageSize = PageSize }, headers).ResponseAsync);
            Console.WriteLine("raw SELECT…");
            var select = await LoadGenerator.RunAsync(stack.ServerCpu(service), settings, _ => raw.SelectAgenciesAsync(PageSize));
            await WriteReadAsync(settings, echo, list, select, agencies.Agencies.Count);
        }

        if (write)
        {
            var today = DateOnly.FromDateTime(System.DateTime.UtcNow);
            var request = new V1.RecordStatementReviewRequest
            {
                ReviewedOn = new Date { Year = today.Year, Month = today.Month, Day = today.Day },
                Outcome = V1.ReviewOutcome.Continue,
                Summary = "Benchmark review: the programme continues.",
            };
            Console.WriteLine("RecordStatementReview…");
            var record = await LoadGenerator.RunAsync(stack.ServerCpu(service), settings, slot =>
                new V1.StatementReviewsService.StatementReviewsServiceClient(channels.For(slot))
                    .RecordStatementReviewAsync(request, headers).ResponseAsync);
            Console.WriteLine("raw INSERT of the same three rows…");
            await raw.PrepareWriteAsync();
            var insert = await LoadGenerator.RunAsync(stack.ServerCpu(service), settings, _ => raw.InsertWriteAsync());
            await WriteWriteAsync(settings, echo, record, insert);
        }

        return 0;
    }

    private static Task WriteReadAsync(LoadSettings settings, LoadResult echo, LoadResult list, LoadResult select, int rows)
    {
        var results = new ResultsFile("read", "Read RPC against the echo baseline");
        results.Paragraph(
            $"Working-group `ListAgencies` (page of {rows} agencies: development token, ReadProgramme policy, validation, one SELECT) " +
            $"against a bare Grpc.AspNetCore echo (64-byte payload, no interceptors) and the list's raw Npgsql SELECT. {Setup(settings)}");
        results.Table(Header, [
            Row("Echo (baseline)", echo, echo),
            Row("ListAgencies", list, echo, goal: "≥ 0.70×"),
            Row("Raw Npgsql SELECT of the same page", select, echo),
        ]);
        results.Paragraph($"ListAgencies ÷ raw SELECT: {ResultsFile.Ratio(list.CallsPerSecond / select.CallsPerSecond)} throughput.");
        return results.WriteAsync();
    }

    private static Task WriteWriteAsync(LoadSettings settings, LoadResult echo, LoadResult record, LoadResult insert)
    {
        var results = new ResultsFile("write", "Write RPC against the echo baseline and a raw insert");
        results.Paragraph(
            "Working-group `RecordStatementReview` (development token, ChairWorkingGroup policy, validation, the latest review read, " +
            "the review row, its hash-chained audit record and the StatementReviewed outbox row in one transaction; the outbox relay publishes it to the broker) " +
            $"against the echo and against raw Npgsql inserting the same three rows in one transaction (no chain, no rules, no gRPC). {Setup(settings)}");
        results.Table(Header, [
            Row("Echo (baseline)", echo, echo),
            Row("RecordStatementReview", record, echo, goal: "≥ 0.50×"),
            Row("Raw Npgsql insert of the three rows", insert, echo),
        ]);
        results.Paragraph($"RecordStatementReview ÷ raw insert: {ResultsFile.Ratio(record.CallsPerSecond / insert.CallsPerSecond)} throughput.");
        return results.WriteAsync();
    }

    private static readonly string[] Header =
        ["Call", "Calls/s", "Ratio to echo", "Goal", "p50", "p99", "p99 ÷ echo p99", "Failures", "Server-side CPU (cores)", "Server CPU per call", "of which PostgreSQL", "Load generator CPU (cores)"];

    private static string[] Row(string name, LoadResult r, LoadResult echo, string goal = "") =>
    [
        name, ResultsFile.Number(r.CallsPerSecond), ResultsFile.Ratio(r.CallsPerSecond / echo.CallsPerSecond), goal,
        ResultsFile.Ms(r.Latencies.P50), ResultsFile.Ms(r.Latencies.P99), ResultsFile.Ratio(r.Latencies.P99 / echo.Latencies.P99),
        r.Failures == 0 ? "0" : $"{r.Failures} ({r.FirstFailure})",
        ResultsFile.Number(r.ServerCpuShare, "F2"), ResultsFile.Number(r.ServerCpuPerCall, "F3") + " ms",
        ResultsFile.Number(r.DatabaseCpuPerCall, "F3") + " ms", ResultsFile.Number(r.ClientCpuShare, "F2"),
    ];

    private static string Setup(LoadSettings settings) =>
        $"Load: {settings.Describe()}. Servers (the service or echo, PostgreSQL 15 with fsync off as in the tests, RabbitMQ) pinned with taskset to CPU {Machine.ServerCore}; " +
        $"the load generator (this program) to CPU {Machine.ClientCore}. Server-side CPU is the service's and PostgreSQL's processes (not the broker's) " +
        "in cores (1.00 = one core busy for the whole window); on this shared machine other work runs on both cores too.";
}
