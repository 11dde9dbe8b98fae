using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Observations;

namespace Cooperation.Metrics.Tests.Observations;

/// <summary>The rules of values entered and corrected by hand, without a host.</summary>
public sealed class ManualObservationRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly Quarter Current = new(2025, 2);

    [Fact]
    public void Observation_quarter_must_have_begun()
    {
        var next = Assert.Throws<RuleViolationException>(() => Enter(new Quarter(2025, 3), shown: null));
        Assert.Equal(ObservationRules.QuarterMustHaveBegun, next.Rule);
        Assert.Equal(ObservationRules.QuarterMustHaveBegun,
            Assert.Throws<RuleViolationException>(() => Correct(new Quarter(2026, 1), shown: 1m, value: 2m)).Rule);
        Assert.Equal(ManualObservationKind.Entry, Enter(Current, shown: null).Kind);
        Assert.Equal(ManualObservationKind.Entry, Enter(new Quarter(2024, 4), shown: null).Kind);
    }

    [Fact]
    public void Entry_must_not_replace_a_shown_value()
    {
        Assert.Equal(ObservationRules.EntryMustNotReplaceAShownValue, Assert.Throws<RuleViolationException>(() => Enter(Current, shown: 0m)).Rule);
        Assert.Null(Enter(Current, shown: null).PreviousValue);
    }

    [Fact]
    public void Correction_needs_a_shown_value()
    {
        Assert.Equal(ObservationRules.CorrectionNeedsAShownValue, Assert.Throws<RuleViolationException>(() => Correct(Current, shown: null, value: 3m)).Rule);
        var correction = Correct(Current, shown: 5m, value: 3m);
        Assert.Equal(ManualObservationKind.Correction, correction.Kind);
        Assert.Equal(5m, correction.PreviousValue);
        Assert.Equal(3m, correction.Value);
    }

    [Fact]
    public void Correction_must_change_the_value()
    {
        Assert.Equal(ObservationRules.CorrectionMustChangeTheValue, Assert.Throws<RuleViolationException>(() => Correct(Current, shown: 3m, value: 3m)).Rule);
    }

    [Theory]
    [InlineData(Measure.Ratio, 1.5, false)]
    [InlineData(Measure.Ratio, 0.5, true)]
    [InlineData(Measure.Percentage, 101, false)]
    [InlineData(Measure.Percentage, -5, true)]
    [InlineData(Measure.Count, -1, false)]
    [InlineData(Measure.Count, 3, true)]
    [InlineData(Measure.Amount, -250, true)]
    [InlineData(Measure.Amount, double.NaN, false)]
    [InlineData(Measure.Count, double.PositiveInfinity, false)]
    public void A_value_lies_in_its_measure_s_range(Measure measure, double value, bool valid) =>
        Assert.Equal(valid, ManualObservation.ValueProblem(measure, value) is null);

    private static ManualObservation Enter(Quarter quarter, decimal? shown) =>
        ManualObservation.Enter("wg.meetings-held", quarter, "", 2m, shown, "register", "late report", "dev:analyst", Now);

    private static ManualObservation Correct(Quarter quarter, decimal? shown, decimal value) =>
        ManualObservation.Correct("wg.meetings-held", quarter, "", value, shown, "register", "miscounted", "dev:analyst", Now);
}
