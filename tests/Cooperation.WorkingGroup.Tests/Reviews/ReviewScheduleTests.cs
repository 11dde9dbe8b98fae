using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Reviews;

namespace Cooperation.WorkingGroup.Tests.Reviews;

public sealed class ReviewScheduleTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    private static StatementReview Review(DateOnly on, ReviewOutcome outcome = ReviewOutcome.Continue) =>
        new(Guid.NewGuid(), on, outcome, "Reviewed", DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_first_review_is_due_twelve_months_after_signing()
    {
        var schedule = ReviewSchedule.From(null, Today);

        Assert.Equal(new DateOnly(2024, 11, 13), schedule.NextReviewDue);
        Assert.False(schedule.Overdue);
    }

    [Fact]
    public void The_next_review_is_due_twelve_months_after_the_latest_review() =>
        Assert.Equal(new DateOnly(2025, 3, 10), ReviewSchedule.From(Review(new DateOnly(2024, 3, 10)), Today).NextReviewDue);

    [Fact]
    public void A_review_is_overdue_once_its_due_date_has_passed()
    {
        Assert.False(ReviewSchedule.From(null, new DateOnly(2024, 11, 13)).Overdue);
        Assert.True(ReviewSchedule.From(null, new DateOnly(2024, 11, 14)).Overdue);
    }

    [Fact]
    public void No_review_is_due_after_a_review_concluded_the_statement()
    {
        var schedule = ReviewSchedule.From(Review(new DateOnly(2024, 3, 10), ReviewOutcome.Conclude), Today);

        Assert.True(schedule.Concluded);
        Assert.Null(schedule.NextReviewDue);
        var ex = Assert.Throws<RuleViolationException>(() => schedule.EnsureCanRecord(Today, Today));
        Assert.Equal(ReviewRules.NoReviewAfterConclusion, ex.Rule);
    }

    [Fact]
    public void A_review_before_signing_is_refused()
    {
        var ex = Assert.Throws<RuleViolationException>(() => ReviewSchedule.From(null, Today).EnsureCanRecord(new DateOnly(2023, 11, 12), Today));
        Assert.Equal(ReviewRules.ReviewNotBeforeSigning, ex.Rule);
    }

    [Fact]
    public void A_review_dated_in_the_future_is_refused()
    {
        var ex = Assert.Throws<RuleViolationException>(() => ReviewSchedule.From(null, Today).EnsureCanRecord(Today.AddDays(1), Today));
        Assert.Equal(ReviewRules.ReviewNotInFuture, ex.Rule);
    }

    [Fact]
    public void Reviews_are_recorded_in_date_order()
    {
        var schedule = ReviewSchedule.From(Review(new DateOnly(2024, 3, 10)), Today);

        var ex = Assert.Throws<RuleViolationException>(() => schedule.EnsureCanRecord(new DateOnly(2024, 3, 9), Today));
        Assert.Equal(ReviewRules.ReviewsInDateOrder, ex.Rule);
        schedule.EnsureCanRecord(new DateOnly(2024, 3, 10), Today);
    }
}
