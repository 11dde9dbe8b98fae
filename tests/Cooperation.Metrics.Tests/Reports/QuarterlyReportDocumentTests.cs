using System.Globalization;
using System.Text;
using System.Text.Json;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Reports;

namespace Cooperation.Metrics.Tests.Reports;

/// <summary>The report's lines and its CSV and JSON documents.</summary>
public sealed class QuarterlyReportDocumentTests
{
    private static readonly DateTimeOffset At = new(2024, 4, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Quarter Q1 = new(2024, 1);

    private static readonly Indicator Meetings = new(
        "wg.meetings-held", "Meetings, \"held\", per quarter", "Срещи\nна тримесечие", "meetings",
        Measure.Count, 0m, 2m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn);

    [Fact]
    public void A_line_says_how_the_value_and_status_moved_since_the_previous_quarter()
    {
        var report = Report(current: 2.5m, previous: 0.5m);
        var line = Assert.Single(report.Lines);

        Assert.Equal(2m, line.Delta);
        Assert.Equal((RagStatus.Green, RagStatus.Red), (line.Status, line.PreviousStatus));
        Assert.True(line.StatusChanged);
        Assert.Equal(new Quarter(2023, 4), report.PreviousQuarter);
    }

    [Fact]
    public void A_line_without_a_previous_value_has_no_delta()
    {
        var line = Assert.Single(QuarterlyReport.Build(Q1, false, [Meetings],
            new Dictionary<string, IndicatorValue> { [Meetings.Code] = Value(Q1, 1m) }, new Dictionary<string, IndicatorValue>()).Lines);

        Assert.Null(line.Delta);
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_quotes_or_line_breaks_and_writes_numbers_invariantly()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("bg-BG");   // a decimal comma
        try
        {
            var document = QuarterlyReportCsv.Write(Report(current: 2.5m, previous: 0.5m));
            var text = Encoding.UTF8.GetString(document.Content);
            var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

            Assert.StartsWith("year,quarter,indicator_id,", rows[0], StringComparison.Ordinal);
            Assert.Contains("\"Meetings, \"\"held\"\", per quarter\",\"Срещи\nна тримесечие\",meetings,count,increase,0,2,2.5,1,green,0.5,red,2.0,true,false", text, StringComparison.Ordinal);
            Assert.Equal(("text/csv; charset=utf-8", "metrics-report-2024-Q1.csv"), (document.ContentType, document.FileName));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Csv_leaves_a_plain_field_unquoted()
    {
        Assert.Equal("wg.meetings-held", QuarterlyReportCsv.Escape("wg.meetings-held"));
        Assert.Equal("\"a\r\nb\"", QuarterlyReportCsv.Escape("a\r\nb"));
    }

    [Fact]
    public void Json_has_snake_case_names_and_numbers_as_numbers()
    {
        var document = QuarterlyReportJson.Write(Report(current: 2.5m, previous: 0.5m));
        using var json = JsonDocument.Parse(document.Content);
        var line = json.RootElement.GetProperty("lines")[0];

        Assert.Equal(2024, json.RootElement.GetProperty("quarter").GetProperty("year").GetInt32());
        Assert.Equal(2.5m, line.GetProperty("value").GetDecimal());
        Assert.Equal(2m, line.GetProperty("value_delta").GetDecimal());
        Assert.Equal("green", line.GetProperty("status").GetString());
        Assert.Equal("Срещи\nна тримесечие", line.GetProperty("name_bg").GetString());
        Assert.Equal(("application/json; charset=utf-8", "metrics-report-2024-Q1.json"), (document.ContentType, document.FileName));
    }

    private static QuarterlyReport Report(decimal current, decimal previous) => QuarterlyReport.Build(
        Q1, false, [Meetings],
        new Dictionary<string, IndicatorValue> { [Meetings.Code] = Value(Q1, current) },
        new Dictionary<string, IndicatorValue> { [Meetings.Code] = Value(new Quarter(2023, 4), previous) });

    private static IndicatorValue Value(Quarter quarter, decimal value) => new(Meetings.Code, quarter, value, 1, At);
}
