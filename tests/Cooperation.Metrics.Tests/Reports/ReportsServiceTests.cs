using System.Text;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Tests.Infrastructure;
using Grpc.Core;
using MassTransit;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Reports;

/// <summary>GetQuarterlyReport and ExportQuarterlyReport in process. Each test works in a year of its own.</summary>
public sealed class ReportsServiceTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private V1.ReportsService.ReportsServiceClient Client(string persona = "uk-co-chair") => new(factory.ChannelFor(persona));

    [Fact]
    public async Task The_report_has_every_indicator_and_what_changed_since_the_previous_quarter()
    {
        await MeetingsHeldAsync(2060, 4, 1);
        await MeetingsHeldAsync(2061, 1, 2);

        var report = (await Client().GetQuarterlyReportAsync(new V1.GetQuarterlyReportRequest { Quarter = Quarter(2061, 1) })).Report;

        var indicators = await new V1.IndicatorsService.IndicatorsServiceClient(factory.Channel).ListIndicatorsAsync(new V1.ListIndicatorsRequest());
        Assert.Equal(indicators.Indicators.Select(i => i.Id), report.Lines.Select(l => l.Indicator.Id));
        var meetings = report.Lines.Single(l => l.Indicator.Id == BuiltInIndicators.MeetingsHeld);
        Assert.Equal((2.0, 1.0, 1.0), (meetings.Indicator.Value.Value, meetings.PreviousValue.Value, meetings.ValueDelta));
        Assert.Equal(1, meetings.Indicator.Target);
        Assert.Equal((V1.RagStatus.Green, V1.RagStatus.Green, false), (meetings.Indicator.Status, meetings.PreviousStatus, meetings.StatusChanged));
        Assert.Equal(Quarter(2060, 4), report.PreviousQuarter);
        Assert.False(report.PublishedOnly);
    }

    [Fact]
    public async Task A_caller_who_may_not_approve_gets_only_published_figures()
    {
        await MeetingsHeldAsync(2062, 1, 1);

        var report = (await Client("analyst").GetQuarterlyReportAsync(new V1.GetQuarterlyReportRequest { Quarter = Quarter(2062, 1) })).Report;

        Assert.True(report.PublishedOnly);
        Assert.Null(report.Lines.Single(l => l.Indicator.Id == BuiltInIndicators.MeetingsHeld).Indicator.Value);
    }

    [Fact]
    public async Task The_export_is_a_csv_or_json_document_of_the_same_report()
    {
        await MeetingsHeldAsync(2063, 2, 3);

        var csv = await Client().ExportQuarterlyReportAsync(new V1.ExportQuarterlyReportRequest { Quarter = Quarter(2063, 2), Format = V1.ReportFormat.Csv });
        var rows = Encoding.UTF8.GetString(csv.Content.Span).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(("text/csv; charset=utf-8", "metrics-report-2063-Q2.csv"), (csv.ContentType, csv.FileName));
        Assert.Contains(rows, r => r.StartsWith("2063,2,wg.meetings-held,", StringComparison.Ordinal) && r.Contains(",3,1,green,", StringComparison.Ordinal));

        var json = await Client().ExportQuarterlyReportAsync(new V1.ExportQuarterlyReportRequest { Quarter = Quarter(2063, 2), Format = V1.ReportFormat.Json });
        Assert.Equal("metrics-report-2063-Q2.json", json.FileName);
        using var document = System.Text.Json.JsonDocument.Parse(json.Content.Memory);
        Assert.Equal(rows.Length - 1, document.RootElement.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        await RpcAssert.InvalidArgumentAsync("quarter", async () => await Client().GetQuarterlyReportAsync(new V1.GetQuarterlyReportRequest()));
        await RpcAssert.InvalidArgumentAsync("quarter.quarter", async () =>
            await Client().GetQuarterlyReportAsync(new V1.GetQuarterlyReportRequest { Quarter = Quarter(2064, 0) }));
        await RpcAssert.InvalidArgumentAsync("format", async () =>
            await Client().ExportQuarterlyReportAsync(new V1.ExportQuarterlyReportRequest { Quarter = Quarter(2064, 1) }));
    }

    [Fact]
    public async Task Only_metrics_readers_get_the_report()
    {
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
            await Client("auditor").GetQuarterlyReportAsync(new V1.GetQuarterlyReportRequest { Quarter = Quarter(2064, 1) }));
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, async () =>
            await new V1.ReportsService.ReportsServiceClient(factory.AnonymousChannel)
                .GetQuarterlyReportAsync(new V1.GetQuarterlyReportRequest { Quarter = Quarter(2064, 1) }));
    }

    [Fact]
    public async Task A_report_runs_the_same_number_of_commands_for_few_or_many_indicators()
    {
        var request = new V1.GetQuarterlyReportRequest { Quarter = Quarter(2065, 1) };
        await Client("analyst").GetQuarterlyReportAsync(request);   // warm up: token keys, pools
        var database = DbCommandCounter.DatabaseOf(factory.ConnectionString);
        var few = await Client("analyst").GetQuarterlyReportAsync(request);
        var fewCommands = await DbCommandCounter.FewestAsync(database, () => Client("analyst").GetQuarterlyReportAsync(request).ResponseAsync);

        for (var i = 0; i < 10; i++)
        {
            var measure = new SuccessMeasureDefined
            {
                MeasureId = Guid.NewGuid(), CriterionId = Guid.NewGuid(), Name = $"Report measure {i}", Unit = "items",
                Baseline = 0, Target = 5, Period = "quarterly", Direction = "increase",
            };
            await factory.Harness.Bus.Publish(measure, c => c.MessageId = measure.EventId);
        }

        await Eventually.UntilAsync(
            async () => (await Client("analyst").GetQuarterlyReportAsync(request)).Report.Lines.Count,
            n => n >= few.Report.Lines.Count + 10, "10 more indicators");
        var manyCommands = await DbCommandCounter.FewestAsync(database, () => Client("analyst").GetQuarterlyReportAsync(request).ResponseAsync);

        Assert.Equal(fewCommands, manyCommands);
        Assert.InRange(manyCommands, 1, 4);
    }

    private async Task MeetingsHeldAsync(int year, int quarter, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var held = new MeetingHeld
            {
                MeetingId = Guid.NewGuid(), HeldOn = new DateOnly(year, (quarter * 3) - 1, 10), Year = year, Quarter = quarter,
                BothParticipantsPresent = true, AttendeeCount = 4,
            };
            await factory.Harness.Bus.Publish(held, c => c.MessageId = held.EventId);
        }

        await Eventually.UntilAsync(
            async () => (await new V1.IndicatorsService.IndicatorsServiceClient(factory.Channel).GetIndicatorAsync(new V1.GetIndicatorRequest
            {
                IndicatorId = BuiltInIndicators.MeetingsHeld, Quarter = Quarter(year, quarter),
            })).Indicator.Value?.Value,
            v => v >= count, $"{count} meetings in {year} Q{quarter}");
    }

    private static V1.Quarter Quarter(int year, int number) => new() { Year = year, Quarter_ = number };
}
