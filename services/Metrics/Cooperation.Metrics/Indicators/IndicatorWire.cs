using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Indicators;

/// <summary>Indicators and values on the wire.</summary>
public static class IndicatorWire
{
    public static V1.Indicator ToWire(Indicator indicator, IndicatorValue? value) => new()
    {
        Id = indicator.Code,
        NameEn = indicator.NameEn,
        NameBg = indicator.NameBg,
        Unit = indicator.Unit,
        Measure = WireEnums.ToWire<Measure, V1.Measure>(indicator.Measure),
        Baseline = (double)indicator.Baseline,
        Target = (double)indicator.Target,
        Direction = WireEnums.ToWire<Direction, V1.Direction>(indicator.Direction),
        PeriodType = WireEnums.ToWire<PeriodType, V1.PeriodType>(indicator.PeriodType),
        Source = WireEnums.ToWire<IndicatorSource, V1.IndicatorSource>(indicator.Source),
        MeasureId = indicator.MeasureId?.ToString() ?? "",
        Value = value is null ? null : ToWire(value),
        Progress = (double)TargetProgress.Progress(indicator, value?.Value),
        Status = WireEnums.ToWire<RagStatus, V1.RagStatus>(TargetProgress.Status(indicator, value?.Value)),
        Disaggregations = { indicator.Disaggregations },
    };

    public static V1.IndicatorValue ToWire(IndicatorValue value) => new()
    {
        Quarter = new V1.Quarter { Year = value.Quarter.Year, Quarter_ = value.Quarter.Number },
        Value = (double)value.Value,
        Version = value.Version,
        UpdatedAt = WireInstant.ToWire(value.UpdatedAt),
        Disaggregation = value.Disaggregation,
    };
}
