using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Establishment;

namespace Cooperation.WorkingGroup.Reviews;

/// <summary>
/// ¶8: the statement "will be subject to regular review". The statement names no interval; the
/// programme reviews it at least once every <see cref="ReviewIntervalMonths"/> months, counted from
/// signature and then from the latest review. A review that concludes the statement ends the
/// schedule.
/// </summary>
internal sealed record ReviewSchedule(StatementReview? LastReview, DateOnly? NextReviewDue, bool Overdue)
{
    /// <summary>Annual review: long enough for projects to show impact, short enough to be "regular".</summary>
    public const int ReviewIntervalMonths = 12;

    public const string NotBeforeSigningRule = "review-not-before-signing";
    public const string NotInFutureRule = "review-not-in-future";
    public const string InDateOrderRule = "reviews-in-date-order";
    public const string NoReviewAfterConclusionRule = "no-review-after-conclusion";

    public bool Concluded => LastReview?.Outcome == ReviewOutcome.Conclude;

    public static ReviewSchedule From(StatementReview? lastReview, DateOnly today)
    {
        if (lastReview?.Outcome == ReviewOutcome.Conclude)
        {
            return new ReviewSchedule(lastReview, null, false);
        }

        var due = (lastReview?.ReviewedOn ?? JointStatement.SignedOn).AddMonths(ReviewIntervalMonths);
        return new ReviewSchedule(lastReview, due, today > due);
    }

    /// <summary>Refuses a review that cannot follow the ones already recorded.</summary>
    public void EnsureCanRecord(DateOnly reviewedOn, DateOnly today)
    {
        if (reviewedOn < JointStatement.SignedOn)
        {
            throw new RuleViolationException(NotBeforeSigningRule,
                $"The statement cannot be reviewed before it was signed on {JointStatement.SignedOn:yyyy-MM-dd}.");
        }

        if (reviewedOn > today)
        {
            throw new RuleViolationException(NotInFutureRule, $"A review dated after today ({today:yyyy-MM-dd}) cannot be recorded.");
        }

        if (Concluded)
        {
            throw new RuleViolationException(NoReviewAfterConclusionRule,
                $"The review of {LastReview!.ReviewedOn:yyyy-MM-dd} concluded the statement; no further review is due.");
        }

        if (LastReview is { } last && reviewedOn < last.ReviewedOn)
        {
            throw new RuleViolationException(InDateOrderRule,
                $"A review must not be dated before the latest recorded review ({last.ReviewedOn:yyyy-MM-dd}).");
        }
    }
}
