using Cooperation.BuildingBlocks.Domain;
using Cooperation.CapacityBuilding.Risks;

namespace Cooperation.CapacityBuilding.Tests.Risks;

public sealed class RiskRuleTests
{
    private static readonly HighRiskThreshold Threshold = new(HighRiskThreshold.Default);
    private static readonly DateOnly Today = new(2024, 5, 1);

    [Theory]
    [InlineData(3, 5, 15, true)]
    [InlineData(5, 5, 25, true)]
    [InlineData(2, 5, 10, false)]
    [InlineData(1, 1, 1, false)]
    public void Risk_scores_are_likelihood_times_impact_and_high_from_the_threshold(int likelihood, int impact, int score, bool high)
    {
        var rating = new RiskRating(likelihood, impact);

        Assert.Equal(score, rating.Score);
        Assert.Equal(high, Threshold.IsHigh(rating.Score));
    }

    [Fact]
    public void The_score_that_counts_is_after_the_response_where_assessed()
    {
        var risk = RiskRated(new RiskRating(5, 5), after: new RiskRating(2, 3));

        Assert.Equal(6, risk.Score);
        Assert.Equal(25, RiskRated(new RiskRating(5, 5)).Score);
    }

    [Fact]
    public void A_high_risk_escalates_once_per_escalation()
    {
        var risk = RiskRated(new RiskRating(4, 4));

        var first = risk.EscalateIfHigh(Threshold);
        var again = risk.EscalateIfHigh(Threshold);
        risk.Review(new RiskRating(2, 2), null, RiskProximity.WithinPhase, RiskResponse.Reduce, Today, DateTimeOffset.UnixEpoch);
        var afterDrop = risk.EscalateIfHigh(Threshold);
        risk.Review(new RiskRating(5, 4), null, RiskProximity.Imminent, RiskResponse.Reduce, Today, DateTimeOffset.UnixEpoch);
        var riseAgain = risk.EscalateIfHigh(Threshold);

        Assert.Equal((true, false, false, true), (first, again, afterDrop, riseAgain));
    }

    [Fact]
    public void A_risk_below_the_threshold_or_closed_does_not_escalate()
    {
        var low = RiskRated(new RiskRating(2, 5));
        var closed = RiskRated(new RiskRating(5, 5));
        closed.Close();

        Assert.False(low.EscalateIfHigh(Threshold));
        Assert.False(closed.EscalateIfHigh(Threshold));
        Assert.True(low.EscalateIfHigh(new HighRiskThreshold(10)));
    }

    [Theory]
    [InlineData(RiskStatus.Open, -1, null, true)]
    [InlineData(RiskStatus.Materialised, -1, null, true)]
    [InlineData(RiskStatus.Open, 0, null, false)]
    [InlineData(RiskStatus.Closed, -1, null, false)]
    [InlineData(RiskStatus.Open, -1, -1, false)]
    [InlineData(RiskStatus.Open, -1, -9, true)]
    public void A_risk_review_is_overdue_once_its_date_passed_and_escalates_once_per_review_date(
        RiskStatus status, int reviewInDays, int? escalatedForInDays, bool overdue)
    {
        var reviewOn = Today.AddDays(reviewInDays);
        DateOnly? escalatedFor = escalatedForInDays is { } days ? Today.AddDays(days) : null;

        Assert.Equal(overdue, RiskEscalation.ReviewIsOverdue(status, reviewOn, escalatedFor, Today));
    }

    [Fact]
    public void Closed_risks_stay_closed_and_only_open_risks_materialise()
    {
        var risk = RiskRated(new RiskRating(3, 3));
        var milestone = Guid.NewGuid();
        risk.Materialise(milestone);

        var twice = Assert.Throws<RuleViolationException>(() => risk.Materialise(null));
        risk.Close();
        var review = Assert.Throws<RuleViolationException>(() =>
            risk.Review(new RiskRating(1, 1), null, RiskProximity.Imminent, RiskResponse.Accept, Today, DateTimeOffset.UnixEpoch));

        Assert.Equal(milestone, risk.HitMilestoneId);
        Assert.Equal(RiskRules.OnlyOpenRisksMaterialise, twice.Rule);
        Assert.Equal(RiskRules.ClosedRisksStayClosed, review.Rule);
        Assert.Equal(RiskRules.ClosedRisksStayClosed, Assert.Throws<RuleViolationException>(risk.Close).Rule);
    }

    private static Risk RiskRated(RiskRating before, RiskRating? after = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Supplier insolvency", "Scanners are not delivered", "Installation slips a quarter", RiskCategory.Operational,
        before, after, RiskProximity.WithinPhase, RiskResponse.Reduce, Guid.NewGuid(), null, Today, RiskStatus.Open, DateTimeOffset.UnixEpoch);
}
