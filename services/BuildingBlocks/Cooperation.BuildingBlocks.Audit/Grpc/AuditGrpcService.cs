using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Audit.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Cooperation.BuildingBlocks.Audit.Grpc;

/// <summary>The trail over gRPC: filtered, paged listing and verification of the chain.</summary>
[Authorize(Policy = CooperationPolicies.ReadAuditTrail)]
internal sealed class AuditGrpcService(AuditQueries queries) : AuditService.AuditServiceBase
{
    public override async Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var agencyId = validator.OptionalId(request.AgencyId, "agency_id");
        var from = validator.OptionalInstant(request.OccurredFrom, "occurred_from");
        var to = validator.OptionalInstant(request.OccurredTo, "occurred_to");
        validator.Require(from is null || to is null || from < to, "occurred_to", "must be after occurred_from");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var filter = new AuditFilter(
            NullIfEmpty(request.ActorSubject), agencyId, NullIfEmpty(request.ResourceType), NullIfEmpty(request.ResourceId), from, to);
        var records = await queries.ListAsync(filter, page, context.CancellationToken);
        var response = new ListAuditRecordsResponse { NextPageToken = page.NextPageToken(records.Count) };
        response.Records.AddRange(records.Select(AuditRecordMapper.ToMessage));
        return response;
    }

    public override async Task<VerifyAuditTrailResponse> VerifyAuditTrail(VerifyAuditTrailRequest request, ServerCallContext context)
    {
        var result = await queries.VerifyAsync(context.CancellationToken);
        return new VerifyAuditTrailResponse
        {
            Intact = result.IsIntact,
            RecordsChecked = result.RecordsChecked,
            FirstBrokenSequence = result.FirstBrokenSequence ?? 0,
            FirstBrokenRecordId = result.FirstBrokenRecordId?.ToString("D") ?? string.Empty,
            Problem = result.Problem ?? string.Empty,
        };
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
