using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Publication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Reports;

/// <summary>The quarterly report, as a message or a document; four queries whatever the number of indicators.</summary>
internal sealed class ReportsGrpcService(
    IndicatorRepository indicators, FigureVisibility visibility, IDbConnectionFactory connections, TimeProvider time)
    : V1.ReportsService.ReportsServiceBase
{
    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<V1.GetQuarterlyReportResponse> GetQuarterlyReport(V1.GetQuarterlyReportRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var quarter = validator.RequireQuarter(request.Quarter, "quarter", time.GetUtcNow());
        validator.ThrowIfInvalid();

        return new V1.GetQuarterlyReportResponse { Report = ReportsWire.ToWire(await BuildAsync(quarter, context)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<V1.ExportQuarterlyReportResponse> ExportQuarterlyReport(V1.ExportQuarterlyReportRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var quarter = validator.RequireQuarter(request.Quarter, "quarter", time.GetUtcNow());
        validator.Require(request.Format is V1.ReportFormat.Csv or V1.ReportFormat.Json, "format", "must be REPORT_FORMAT_CSV or REPORT_FORMAT_JSON");
        validator.ThrowIfInvalid();

        var report = await BuildAsync(quarter, context);
        var document = request.Format == V1.ReportFormat.Csv ? QuarterlyReportCsv.Write(report) : QuarterlyReportJson.Write(report);
        return new V1.ExportQuarterlyReportResponse
        {
            Content = Google.Protobuf.ByteString.CopyFrom(document.Content),
            ContentType = document.ContentType,
            FileName = document.FileName,
        };
    }

    private async Task<QuarterlyReport> BuildAsync(Quarter quarter, ServerCallContext context)
    {
        var caller = context.GetCaller();
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var all = await indicators.ListAsync(session);
        var codes = all.Select(i => i.Code).ToList();
        var current = await indicators.ValuesAsync(session, codes, quarter);
        var previous = await indicators.ValuesAsync(session, codes, QuarterlyReport.PreviousOf(quarter));
        // One visibility query for both quarters: each value is looked up by its own quarter.
        var visible = await visibility.VisibleAsync(session, caller, [.. current.Values, .. previous.Values]);
        return QuarterlyReport.Build(
            quarter, !FigureVisibility.SeesUnpublished(caller), all,
            Keep(visible, current), Keep(visible, previous));
    }

    // The visible value of each of "values" (same indicator and quarter), if any.
    private static Dictionary<string, IndicatorValue> Keep(IReadOnlyList<IndicatorValue> visible, IReadOnlyDictionary<string, IndicatorValue> values) =>
        visible.Where(v => values.TryGetValue(v.IndicatorCode, out var asked) && asked.Quarter == v.Quarter)
            .GroupBy(v => v.IndicatorCode).ToDictionary(g => g.Key, g => g.First());
}
