using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Agencies;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>Success criteria and measures on the wire, and the event that announces a measure.</summary>
internal static class SuccessCriteriaWire
{
    public static V1.SuccessCriterion ToWire(SuccessCriterion criterion)
    {
        var wire = new V1.SuccessCriterion
        {
            Id = criterion.Id.ToString(),
            Title = criterion.Title,
            Description = criterion.Description,
            CooperationAreaId = criterion.CooperationAreaId?.ToString() ?? string.Empty,
            DefinedAt = WireInstant.ToWire(criterion.DefinedAt),
        };
        wire.Measures.AddRange(criterion.Measures.Select(ToWire));
        return wire;
    }

    public static V1.SuccessMeasure ToWire(SuccessMeasure measure) => new()
    {
        Id = measure.Id.ToString(),
        SuccessCriterionId = measure.CriterionId.ToString(),
        Name = measure.Definition.Name,
        Unit = measure.Definition.Unit,
        Baseline = (double)measure.Definition.Baseline,
        Target = (double)measure.Definition.Target,
        Period = WireEnums.ToWire<MeasurePeriod, V1.MeasurePeriod>(measure.Definition.Period),
        Direction = WireEnums.ToWire<MeasureDirection, V1.MeasureDirection>(measure.Definition.Direction),
        DefinedAt = WireInstant.ToWire(measure.DefinedAt),
        UpdatedAt = WireInstant.ToWire(measure.UpdatedAt),
    };

    /// <summary>The measure as the metrics service keeps it; sent on every definition and change.</summary>
    public static SuccessMeasureDefined Defined(SuccessMeasure measure) => new()
    {
        MeasureId = measure.Id,
        CriterionId = measure.CriterionId,
        Name = measure.Definition.Name,
        Unit = measure.Definition.Unit,
        Baseline = measure.Definition.Baseline,
        Target = measure.Definition.Target,
        Period = StoredEnums.ToStored(measure.Definition.Period),
        Direction = StoredEnums.ToStored(measure.Definition.Direction),
    };
}
