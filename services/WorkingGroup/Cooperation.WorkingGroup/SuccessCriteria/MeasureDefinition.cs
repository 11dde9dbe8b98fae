using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Agencies;

namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>What a success measure counts and where it should get to (¶5).</summary>
internal sealed record MeasureDefinition(
    string Name, string Unit, decimal Baseline, decimal Target, MeasurePeriod Period, MeasureDirection Direction)
{
    public const int MaxNameLength = 200;
    public const int MaxUnitLength = 50;

    /// <summary>Largest magnitude accepted for a baseline or target; beyond it a double no longer holds whole numbers exactly.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>
    /// Rule <see cref="SuccessCriterionRules.TargetBeyondBaseline"/>: the target lies on the side of the baseline that the
    /// direction calls progress (above it for an increase, below it for a decrease); a target
    /// equal to the baseline asks for no progress at all. It is refused as InvalidArgument on
    /// <c>target</c>, because the request contradicts itself whatever the stored state.
    /// </summary>
    public static MeasureDefinition Create(
        string name, string unit, decimal baseline, decimal target, MeasurePeriod period, MeasureDirection direction)
    {
        var beyond = direction == MeasureDirection.Increase ? target > baseline : target < baseline;
        if (!beyond)
        {
            var side = direction == MeasureDirection.Increase ? "above" : "below";
            throw new ValidationFailedException("target",
                $"{SuccessCriterionRules.TargetBeyondBaseline}: for a measure that should {StoredEnums.ToStored(direction)} the target must be {side} the baseline {baseline}");
        }

        return new MeasureDefinition(name, unit, baseline, target, period, direction);
    }
}
