using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Agencies;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Reviews;

/// <summary>Reviews and the review schedule on the wire, and the event that announces a review.</summary>
internal static class ReviewWire
{
    public static V1.StatementReview ToWire(StatementReview review) => new()
    {
        Id = review.Id.ToString(),
        ReviewedOn = WireDate.ToWire(review.ReviewedOn),
        Outcome = WireEnums.ToWire<ReviewOutcome, V1.ReviewOutcome>(review.Outcome),
        Summary = review.Summary,
        RecordedAt = WireInstant.ToWire(review.RecordedAt),
        EvidencePackHash = review.EvidencePackHash ?? "",
    };

    public static V1.ReviewSchedule ToWire(ReviewSchedule schedule) => new()
    {
        LastReview = schedule.LastReview is null ? null : ToWire(schedule.LastReview),
        NextReviewDue = WireDate.ToWire(schedule.NextReviewDue),
        Overdue = schedule.Overdue,
        ReviewIntervalMonths = ReviewSchedule.ReviewIntervalMonths,
        Concluded = schedule.Concluded,
    };

    public static StatementReviewed Reviewed(StatementReview review) => new()
    {
        ReviewId = review.Id,
        ReviewedOn = review.ReviewedOn,
        Outcome = StoredEnums.ToStored(review.Outcome),
    };
}
