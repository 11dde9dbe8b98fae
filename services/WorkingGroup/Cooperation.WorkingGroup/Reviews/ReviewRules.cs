namespace Cooperation.WorkingGroup.Reviews;

/// <summary>Stable names of the review rules (¶8), reported as the subject of a FailedPrecondition.</summary>
public static class ReviewRules
{
    /// <summary>¶8 reviews the statement "signed" on 13 November 2023: there is nothing to review before it.</summary>
    public const string ReviewNotBeforeSigning = "review-not-before-signing";

    /// <summary>¶8 "regular review": a review is recorded once it has taken place, never ahead of it.</summary>
    public const string ReviewNotInFuture = "review-not-in-future";

    /// <summary>¶8 "regular review": each review follows the latest one, so none is dated before it.</summary>
    public const string ReviewsInDateOrder = "reviews-in-date-order";

    /// <summary>¶8: a review that concludes the statement ends its schedule; no review follows it.</summary>
    public const string NoReviewAfterConclusion = "no-review-after-conclusion";

    /// <summary>¶8: a review is decided on evidence gathered before it, so the pack's period ends on or before the review's date.</summary>
    public const string EvidencePackPrecedesReview = "evidence-pack-precedes-review";
}
