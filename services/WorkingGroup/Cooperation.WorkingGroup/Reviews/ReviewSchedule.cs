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

    /// <summary>
    /// The review the group held on <paramref name="reviewedOn"/>, recorded now; refused
    /// (<see cref="ReviewRules"/>) when it cannot follow the ones already recorded.
    /// </summary>
    public StatementReview Record(
        DateOnly reviewedOn, ReviewOutcome outcome, string summary, DateTimeOffset now, EvidenceBasis? evidence = null)
    {
        EnsureCanRecord(reviewedOn, DateOnly.FromDateTime(now.UtcDateTime));
        if (evidence is { } basis && basis.PeriodEnd > reviewedOn)
        {
            throw new RuleViolationException(ReviewRules.EvidencePackPrecedesReview,
                $"The evidence pack covers up to {basis.PeriodEnd:yyyy-MM-dd}, after the review of {reviewedOn:yyyy-MM-dd}; a review is decided on evidence gathered before it.");
        }

        return new StatementReview(Guid.NewGuid(), reviewedOn, outcome, summary, now, evidence?.ContentHash);
    }

    /// <summary>Refuses a review that cannot follow the ones already recorded.</summary>
    public void EnsureCanRecord(DateOnly reviewedOn, DateOnly today)
    {
        if (reviewedOn < JointStatement.SignedOn)
        {
            throw new RuleViolationException(ReviewRules.ReviewNotBeforeSigning,
                $"The statement cannot be reviewed before it was signed on {JointStatement.SignedOn:yyyy-MM-dd}.");
        }

        if (reviewedOn > today)
        {
            throw new RuleViolationException(ReviewRules.ReviewNotInFuture, $"A review dated after today ({today:yyyy-MM-dd}) cannot be recorded.");
        }

        if (Concluded)
        {
            throw new RuleViolationException(ReviewRules.NoReviewAfterConclusion,
                $"The review of {LastReview!.ReviewedOn:yyyy-MM-dd} concluded the statement; no further review is due.");
        }

        if (LastReview is { } last && reviewedOn < last.ReviewedOn)
        {
            throw new RuleViolationException(ReviewRules.ReviewsInDateOrder,
                $"A review must not be dated before the latest recorded review ({last.ReviewedOn:yyyy-MM-dd}).");
        }
    }
}

/// <summary>The evidence pack a review names: its content hash and the last day of its period.</summary>
internal sealed record EvidenceBasis(string ContentHash, DateOnly PeriodEnd);
