using System.Globalization;
using System.Text;
using Cooperation.BuildingBlocks.Data;

namespace Cooperation.Metrics.Reports;

/// <summary>
/// The report as CSV (RFC 4180): one header row, one row per indicator, CRLF line ends, a field
/// quoted when it holds a comma, a quote or a line break (its quotes doubled), numbers in the
/// invariant culture whatever the server's, enums in lower snake case, an absent value empty.
/// </summary>
public static class QuarterlyReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
    [
        "year", "quarter", "indicator_id", "name_en", "name_bg", "unit", "measure", "direction", "baseline", "target",
        "value", "progress", "status", "previous_value", "previous_status", "value_delta", "status_changed", "published_only",
    ];

    public static ReportDocument Write(QuarterlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        AppendRow(text, Header);
        foreach (var line in report.Lines)
        {
            var indicator = line.Indicator;
            AppendRow(text,
            [
                Number(report.Quarter.Year), Number(report.Quarter.Number), indicator.Code, indicator.NameEn, indicator.NameBg,
                indicator.Unit, StoredEnums.ToStored(indicator.Measure), StoredEnums.ToStored(indicator.Direction),
                Number(indicator.Baseline), Number(indicator.Target), Number(line.Value?.Value), Number(line.Progress),
                StoredEnums.ToStored(line.Status), Number(line.Previous?.Value), StoredEnums.ToStored(line.PreviousStatus),
                Number(line.Delta), line.StatusChanged ? "true" : "false", report.PublishedOnly ? "true" : "false",
            ]);
        }

        return new ReportDocument(new UTF8Encoding(false).GetBytes(text.ToString()), ContentType, ReportFileName.Of(report, "csv"));
    }

    /// <summary>A field as RFC 4180 wants it.</summary>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> fields) =>
        text.AppendJoin(',', fields.Select(Escape)).Append("\r\n");

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
