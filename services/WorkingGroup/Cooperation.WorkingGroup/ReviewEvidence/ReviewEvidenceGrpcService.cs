using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>The evidence pack a review of the statement is decided on (¶8).</summary>
internal sealed class ReviewEvidenceGrpcService(
    ReviewEvidenceAssembly assembly, ReviewEvidenceRepository packs, IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections, TimeProvider time)
    : V1.ReviewEvidenceService.ReviewEvidenceServiceBase
{
    /// <remarks>
    /// The co-chairs prepare a review, so assembling is theirs. The pack is kept under its content
    /// hash in its own unit of work, audited; the same evidence assembled again is the pack already kept.
    /// </remarks>
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.AssembleReviewEvidenceResponse> AssembleReviewEvidence(
        V1.AssembleReviewEvidenceRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var start = validator.OptionalDate(request.PeriodStart, "period_start");
        var end = validator.OptionalDate(request.PeriodEnd, "period_end");
        validator.ThrowIfInvalid();
        var lastReviewedOn = start is null ? await assembly.LastReviewedOnAsync(context.CancellationToken) : null;
        var period = ReviewPeriod.From(start, end, lastReviewedOn, time.Today(), validator);
        validator.ThrowIfInvalid();

        var evidence = await assembly.AssembleAsync(period!, context.CancellationToken);
        var document = ReviewEvidenceDocument.Render(evidence);
        var hash = ReviewEvidenceDocument.ContentHash(document);
        var now = time.GetUtcNow();
        var pack = ReviewEvidenceWire.ToWire(evidence, hash, now);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await packs.AddAsync(unitOfWork, new StoredPack(
            hash, period!.Start, period.End, document, ReviewEvidenceWire.ToStored(pack), evidence.MetricsAvailable, now));
        var kept = await packs.FindAsync(unitOfWork, hash);
        unitOfWork.Audit(AuditAction.Create, ReviewEvidenceAudit.ReviewEvidencePack, hash, ReviewEvidenceAudit.AssembledFields);
        await unitOfWork.CommitAsync();
        return new V1.AssembleReviewEvidenceResponse { Pack = ReviewEvidenceWire.FromStored(kept!), Markdown = kept!.Document };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetReviewEvidencePackResponse> GetReviewEvidencePack(
        V1.GetReviewEvidencePackRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var hash = EvidencePackHash.Require(request.ContentHash, "content_hash", validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var stored = await packs.FindAsync(session, hash!) ?? throw new NotFoundException("review_evidence_pack", hash!);
        return new V1.GetReviewEvidencePackResponse { Pack = ReviewEvidenceWire.FromStored(stored), Markdown = stored.Document };
    }
}
