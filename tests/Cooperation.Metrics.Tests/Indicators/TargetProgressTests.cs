using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Tests.Indicators;

/// <summary>The RAG rule of <see cref="TargetProgress"/>, for indicators that should rise and indicators that should fall.</summary>
public sealed class TargetProgressTests
{
    private static readonly Indicator Rising = new("t.rising", "Rising", "Rising", "items",
        Measure.Count, 10m, 20m, Direction.Increase, PeriodType.Quarter, IndicatorSource.BuiltIn);

    private static readonly Indicator Falling = new("t.falling", "Falling", "Falling", "days",
        Measure.Count, 20m, 10m, Direction.Decrease, PeriodType.Quarter, IndicatorSource.BuiltIn);

    [Theory]
    [InlineData(20, 1.0, RagStatus.Green)]
    [InlineData(25, 1.0, RagStatus.Green)]
    [InlineData(15, 0.5, RagStatus.Amber)]
    [InlineData(14, 0.4, RagStatus.Red)]
    [InlineData(5, 0.0, RagStatus.Red)]
    public void An_increasing_indicator_is_green_at_its_target_amber_from_half_way_red_below(int value, double progress, RagStatus status)
    {
        Assert.Equal((decimal)progress, TargetProgress.Progress(Rising, value));
        Assert.Equal(status, TargetProgress.Status(Rising, value));
    }

    [Theory]
    [InlineData(10, 1.0, RagStatus.Green)]
    [InlineData(8, 1.0, RagStatus.Green)]
    [InlineData(15, 0.5, RagStatus.Amber)]
    [InlineData(16, 0.4, RagStatus.Red)]
    [InlineData(30, 0.0, RagStatus.Red)]
    public void A_decreasing_indicator_is_green_at_or_below_its_target_amber_from_half_way_red_above(int value, double progress, RagStatus status)
    {
        Assert.Equal((decimal)progress, TargetProgress.Progress(Falling, value));
        Assert.Equal(status, TargetProgress.Status(Falling, value));
    }

    [Fact]
    public void An_indicator_with_no_observation_is_red_with_no_progress()
    {
        Assert.Equal(0m, TargetProgress.Progress(Rising, null));
        Assert.Equal(RagStatus.Red, TargetProgress.Status(Falling, null));
    }

    [Fact]
    public void A_target_equal_to_the_baseline_is_met_only_on_the_right_side_of_it()
    {
        var breaches = BuiltInIndicators.All.Single(i => i.Code == BuiltInIndicators.QuartersBreached);
        Assert.Equal(RagStatus.Green, TargetProgress.Status(breaches, 0m));
        Assert.Equal(RagStatus.Red, TargetProgress.Status(breaches, 1m));
        Assert.Equal(0m, TargetProgress.Progress(breaches, 1m));
    }
}
