using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Observations;

namespace Cooperation.Metrics.Tests.Indicators;

/// <summary>Disaggregation keys, their validation against an indicator, and the figures' aggregates, without a host.</summary>
public sealed class DisaggregationTests
{
    private static readonly Indicator Trained = TrainingIndicators.All.Single(i => i.Code == TrainingIndicators.OfficialsTrained);

    [Fact]
    public void A_key_is_dimension_colon_value_and_a_missing_value_is_unknown()
    {
        Assert.Equal("participant:BG", Disaggregation.Of(Dimensions.Participant, "BG"));
        Assert.Equal("participant:unknown", Disaggregation.Of(Dimensions.Participant, (string?)null));
        Assert.True(Disaggregation.TryParse("theme:border_security", out var dimension, out var value));
        Assert.Equal(("theme", "border_security"), (dimension, value));
        Assert.False(Disaggregation.TryParse("", out _, out _));
        Assert.False(Disaggregation.TryParse("theme:", out _, out _));
        Assert.False(Disaggregation.TryParse(":x", out _, out _));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("participant:UK", true)]
    [InlineData("theme:cybercrime", true)]
    [InlineData("currency:EUR", false)]
    [InlineData("participant", false)]
    public void A_requested_key_must_name_a_dimension_the_indicator_declares(string key, bool valid)
    {
        var validator = new Validator();
        validator.OptionalDisaggregation(key, Trained, "disaggregation");
        Assert.Equal(valid, validator.IsValid);
    }

    [Fact]
    public void A_total_and_its_breakdown_carry_the_same_change()
    {
        var observed = Observation.Count(TrainingIndicators.OfficialsTrained, new Quarter(2024, 1)).WithBreakdown(["participant:BG", "participant:BG", "agency:x"]);
        Assert.Equal(["", "participant:BG", "agency:x"], observed.Select(o => o.Disaggregation));
        Assert.All(observed, o => Assert.Equal(1m, o.Amount));
    }

    [Theory]
    [InlineData(FigureAggregate.Sum, 3, 0, 3.0)]
    [InlineData(FigureAggregate.Ratio, 1, 4, 0.25)]
    [InlineData(FigureAggregate.Percentage, 1, 4, 25.0)]
    public void Figures_make_a_sum_a_ratio_or_a_percentage(FigureAggregate aggregate, int numerators, int denominators, double expected) =>
        Assert.Equal((decimal)expected, Figure.ValueOf(aggregate, numerators, denominators));

    [Fact]
    public void A_ratio_with_nothing_to_divide_by_has_no_value() =>
        Assert.Null(Figure.ValueOf(FigureAggregate.Ratio, 0, 0));

    [Fact]
    public void Every_built_in_indicator_has_a_unique_code_and_declares_known_dimensions()
    {
        string[] known = [Dimensions.Participant, Dimensions.Agency, Dimensions.Theme, Dimensions.Channel, Dimensions.Currency];
        Assert.Equal(BuiltInIndicators.All.Count, BuiltInIndicators.All.Select(i => i.Code).Distinct().Count());
        Assert.All(BuiltInIndicators.All.SelectMany(i => i.Disaggregations), d => Assert.Contains(d, known));
    }
}
