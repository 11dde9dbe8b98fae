using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Reviews;

internal sealed class StatementReviewsGrpcService(
    StatementReviewRepository reviews, IUnitOfWorkFactory unitOfWorkFactory, IDbConnectionFactory connections, TimeProvider time)
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

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var schedule = ReviewSchedule.From(await reviews.LatestAsync(unitOfWork), time.Today());
        var review = schedule.Record(reviewedOn, outcome!.Value, request.Summary.Trim(), time.GetUtcNow());
        await reviews.AddAsync(unitOfWork, review);
        unitOfWork.Publish(ReviewWire.Reviewed(review));
        unitOfWork.Audit(AuditAction.Create, ReviewsAudit.StatementReview, review.Id, ReviewsAudit.RecordedFields);
        await unitOfWork.CommitAsync();
        return new V1.RecordStatementReviewResponse { Review = ReviewWire.ToWire(review) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListStatementReviewsResponse> ListStatementReviews(
        V1.ListStatementReviewsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await reviews.ListAsync(session, page);
        var response = new V1.ListStatementReviewsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Reviews.AddRange(found.Select(ReviewWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetReviewScheduleResponse> GetReviewSchedule(
        V1.GetReviewScheduleRequest request, ServerCallContext context)
    {
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var schedule = ReviewSchedule.From(await reviews.LatestAsync(session), time.Today());
        return new V1.GetReviewScheduleResponse { Schedule = ReviewWire.ToWire(schedule) };
    }
}
