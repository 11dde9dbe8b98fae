using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Agencies;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Reviews;

internal sealed class StatementReviewsGrpcService(
    StatementReviewRepository reviews, IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time)
    : V1.StatementReviewsService.StatementReviewsServiceBase
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.RecordStatementReviewResponse> RecordStatementReview(
        V1.RecordStatementReviewRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var reviewedOn = validator.RequireDate(request.ReviewedOn, "reviewed_on");
        var outcome = validator.RequireEnum<V1.ReviewOutcome, ReviewOutcome>(request.Outcome, "outcome");
        validator.RequireText(request.Summary, "summary", StatementReview.MaxSummaryLength);
        validator.ThrowIfInvalid();

        var now = time.GetUtcNow();
        var today = time.Today();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        var schedule = ReviewSchedule.From(await StatementReviewRepository.LatestAsync(unitOfWork, context.CancellationToken), today);
        schedule.EnsureCanRecord(reviewedOn, today);

        var review = new StatementReview(Guid.NewGuid(), reviewedOn, outcome!.Value, request.Summary.Trim(), now);
        await StatementReviewRepository.AddAsync(unitOfWork, review, context.CancellationToken);
        unitOfWork.Publish(new StatementReviewed
        {
            OccurredAt = now,
            ReviewId = review.Id,
            ReviewedOn = review.ReviewedOn,
            Outcome = StoredEnum.ToStored(review.Outcome),
        });
        unitOfWork.Audit(new AuditEntry(
            AuditActor.From(context.GetCaller()), "RecordStatementReview", AuditAction.Create, "StatementReview", review.Id.ToString())
        {
            Fields = ["reviewed_on", "outcome", "summary"],
        });
        await unitOfWork.CommitAsync(context.CancellationToken);
        return new V1.RecordStatementReviewResponse { Review = ToWire(review) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListStatementReviewsResponse> ListStatementReviews(
        V1.ListStatementReviewsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var found = await reviews.ListAsync(page, context.CancellationToken);
        var response = new V1.ListStatementReviewsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Reviews.AddRange(found.Select(ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetReviewScheduleResponse> GetReviewSchedule(
        V1.GetReviewScheduleRequest request, ServerCallContext context)
    {
        var schedule = ReviewSchedule.From(await reviews.LatestAsync(context.CancellationToken), time.Today());
        return new V1.GetReviewScheduleResponse
        {
            Schedule = new V1.ReviewSchedule
            {
                LastReview = schedule.LastReview is null ? null : ToWire(schedule.LastReview),
                NextReviewDue = WireDate.ToWire(schedule.NextReviewDue),
                Overdue = schedule.Overdue,
                ReviewIntervalMonths = ReviewSchedule.ReviewIntervalMonths,
                Concluded = schedule.Concluded,
            },
        };
    }

    private static V1.StatementReview ToWire(StatementReview review) => new()
    {
        Id = review.Id.ToString(),
        ReviewedOn = WireDate.ToWire(review.ReviewedOn),
        Outcome = WireEnums.ToWire<ReviewOutcome, V1.ReviewOutcome>(review.Outcome),
        Summary = review.Summary,
        RecordedAt = WireInstant.ToWire(review.RecordedAt),
    };
}
