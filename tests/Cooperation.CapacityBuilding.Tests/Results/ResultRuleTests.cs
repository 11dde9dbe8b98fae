using Cooperation.BuildingBlocks.Domain;
using Cooperation.CapacityBuilding.Results;

namespace Cooperation.CapacityBuilding.Tests.Results;

public sealed class ResultRuleTests
{
    [Fact]
    public void One_actual_per_indicator_and_period_with_no_overlap()
    {
        var indicator = new Indicator(Guid.NewGuid(), "Officers trained", "officers", ascending: true, 0m, 120m);
        indicator.Report(new DateOnly(2024, 7, 1), new DateOnly(2024, 12, 31), 70m);
        indicator.Report(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30), 40m);

        var overlap = Assert.Throws<RuleViolationException>(() => indicator.Report(new DateOnly(2024, 6, 1), new DateOnly(2024, 7, 31), 5m));

        Assert.Equal(ResultRules.OneActualPerIndicatorAndPeriod, overlap.Rule);
        Assert.Equal([40m, 70m], indicator.Actuals.Select(a => a.Value));
    }
}
