using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

using Cooperation.WorkingGroup.ReviewEvidence;

namespace Cooperation.WorkingGroup.Reviews;

internal sealed class StatementReviewsGrpcService(
    StatementReviewRepository reviews, ReviewEvidenceRepository evidencePacks, IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections, TimeProvider time)
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
        var packHash = EvidencePackHash.Optional(request.EvidencePackHash, "evidence_pack_hash", validator);
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var evidence = packHash is null
            ? null
            : await evidencePacks.FindAsync(unitOfWork, packHash) is { } pack
                ? new EvidenceBasis(pack.ContentHash, pack.PeriodEnd)
                : throw new NotFoundException("review_evidence_pack", packHash);
        var schedule = ReviewSchedule.From(await reviews.LatestAsync(unitOfWork), time.Today());
        var review = schedule.Record(reviewedOn, outcome!.Value, request.Summary.Trim(), time.GetUtcNow(), evidence);
        await reviews.AddAsync(unitOfWork, review);
        unitOfWork.Publish(ReviewWire.Reviewed(review));
        unitOfWork.Audit(AuditAction.Create, ReviewsAudit.StatementReview, review.Id,
            evidence is null ? ReviewsAudit.RecordedFields : ReviewsAudit.RecordedOnEvidenceFields);
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
