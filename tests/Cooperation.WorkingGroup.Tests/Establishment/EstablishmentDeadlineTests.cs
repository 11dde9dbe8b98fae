using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Establishment;

namespace Cooperation.WorkingGroup.Tests.Establishment;

public sealed class EstablishmentDeadlineTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);

    [Fact]
    public void Establishment_is_due_one_month_after_signing_on_13_November_2023() =>
        Assert.Equal(new DateOnly(2023, 12, 13), EstablishmentDeadline.DueBy);

    [Fact]
    public void Establishment_on_13_December_2023_is_on_time()
    {
        var assessment = EstablishmentDeadline.Assess(new DateOnly(2023, 12, 13), Today);

        Assert.True(assessment.OnTime);
        Assert.Equal(0, assessment.DaysLate);
    }

    [Fact]
    public void Establishment_on_the_day_of_signing_is_on_time() =>
        Assert.True(EstablishmentDeadline.Assess(new DateOnly(2023, 11, 13), Today).OnTime);

    [Fact]
    public void Establishment_after_13_December_2023_is_late()
    {
        var assessment = EstablishmentDeadline.Assess(new DateOnly(2023, 12, 20), Today);

        Assert.False(assessment.OnTime);
        Assert.Equal(7, assessment.DaysLate);
        Assert.Equal(new DateOnly(2023, 12, 13), assessment.DueBy);
    }

    [Fact]
    public void Establishment_before_signing_is_refused()
    {
        var ex = Assert.Throws<RuleViolationException>(() => EstablishmentDeadline.Assess(new DateOnly(2023, 11, 12), Today));
        Assert.Equal(EstablishmentRules.NotBeforeSigning, ex.Rule);
    }

    [Fact]
    public void Establishment_dated_in_the_future_is_refused()
    {
        var ex = Assert.Throws<RuleViolationException>(() => EstablishmentDeadline.Assess(Today.AddDays(1), Today));
        Assert.Equal(EstablishmentRules.NotInFuture, ex.Rule);
    }

    [Fact]
    public void An_unestablished_group_is_overdue_by_the_days_past_13_December_2023()
    {
        Assert.Equal(0, EstablishmentDeadline.DaysOverdue(new DateOnly(2023, 12, 13)));
        Assert.Equal(19, EstablishmentDeadline.DaysOverdue(new DateOnly(2024, 1, 1)));
    }
}
