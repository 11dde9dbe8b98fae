using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.SuccessCriteria;

namespace Cooperation.WorkingGroup.Tests.SuccessCriteria;

public sealed class MeasureDefinitionTests
{
    private static MeasureDefinition Define(decimal baseline, decimal target, MeasureDirection direction) =>
        MeasureDefinition.Create("Alerts shared", "alerts", baseline, target, MeasurePeriod.Quarterly, direction);

    [Fact]
    public void An_increasing_measure_needs_a_target_above_its_baseline()
    {
        Assert.Equal(20m, Define(10m, 20m, MeasureDirection.Increase).Target);
        var ex = Assert.Throws<ValidationFailedException>(() => Define(10m, 5m, MeasureDirection.Increase));
        Assert.Equal("target", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void A_decreasing_measure_needs_a_target_below_its_baseline()
    {
        Assert.Equal(5m, Define(10m, 5m, MeasureDirection.Decrease).Target);
        var ex = Assert.Throws<ValidationFailedException>(() => Define(10m, 20m, MeasureDirection.Decrease));
        Assert.Contains(SuccessCriterionRules.TargetBeyondBaseline, Assert.Single(ex.Violations).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_equal_to_the_baseline_is_refused()
    {
        Assert.Throws<ValidationFailedException>(() => Define(7.5m, 7.5m, MeasureDirection.Increase));
        Assert.Throws<ValidationFailedException>(() => Define(7.5m, 7.5m, MeasureDirection.Decrease));
    }
}
