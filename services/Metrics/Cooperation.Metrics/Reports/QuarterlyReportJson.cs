using System.Text.Encodings.Web;
using System.Text.Json;
using Cooperation.BuildingBlocks.Data;

namespace Cooperation.Metrics.Reports;

/// <summary>The report as one JSON object with snake_case names; numbers are JSON numbers, an absent value null.</summary>
public static class QuarterlyReportJson
{
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Bulgarian names stay readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static ReportDocument Write(QuarterlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new
        {
            Quarter = new { report.Quarter.Year, Quarter = report.Quarter.Number },
            PreviousQuarter = new { report.PreviousQuarter.Year, Quarter = report.PreviousQuarter.Number },
            report.PublishedOnly,
            Lines = report.Lines.Select(line => new
            {
                IndicatorId = line.Indicator.Code,
                line.Indicator.NameEn,
                line.Indicator.NameBg,
                line.Indicator.Unit,
                Measure = StoredEnums.ToStored(line.Indicator.Measure),
                Direction = StoredEnums.ToStored(line.Indicator.Direction),
                line.Indicator.Baseline,
                line.Indicator.Target,
                Value = line.Value?.Value,
                line.Progress,
                Status = StoredEnums.ToStored(line.Status),
                PreviousValue = line.Previous?.Value,
                PreviousStatus = StoredEnums.ToStored(line.PreviousStatus),
                ValueDelta = line.Delta,
                line.StatusChanged,
            }),
        };
        return new ReportDocument(JsonSerializer.SerializeToUtf8Bytes(document, Options), ContentType, ReportFileName.Of(report, "json"));
    }
}
