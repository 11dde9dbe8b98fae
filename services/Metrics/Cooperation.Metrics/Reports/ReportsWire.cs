using Cooperation.BuildingBlocks.Wire;
using Cooperation.Metrics.Indicators;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Reports;

/// <summary>The quarterly report on the wire.</summary>
public static class ReportsWire
{
    public static V1.QuarterlyReport ToWire(QuarterlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var wire = new V1.QuarterlyReport
        {
            Quarter = ToWire(report.Quarter),
            PreviousQuarter = ToWire(report.PreviousQuarter),
            PublishedOnly = report.PublishedOnly,
        };
        wire.Lines.AddRange(report.Lines.Select(ToWire));
        return wire;
    }

    private static V1.ReportLine ToWire(ReportLine line)
    {
        var wire = new V1.ReportLine
        {
            Indicator = IndicatorWire.ToWire(line.Indicator, line.Value),
            PreviousValue = line.Previous is null ? null : IndicatorWire.ToWire(line.Previous),
            PreviousStatus = WireEnums.ToWire<RagStatus, V1.RagStatus>(line.PreviousStatus),
            StatusChanged = line.StatusChanged,
        };
        if (line.Delta is { } delta)
        {
            wire.ValueDelta = (double)delta;
        }

        return wire;
    }

    private static V1.Quarter ToWire(Quarter quarter) => new() { Year = quarter.Year, Quarter_ = quarter.Number };
}
