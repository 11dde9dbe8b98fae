using System.Globalization;

namespace Cooperation.Metrics.Reports;

/// <summary>"metrics-report-2024-Q1.csv": sorts by quarter in a folder of downloads.</summary>
public static class ReportFileName
{
    public static string Of(QuarterlyReport report, string extension)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture, $"metrics-report-{report.Quarter.Year}-Q{report.Quarter.Number}.{extension}");
    }
}
