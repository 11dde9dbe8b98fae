using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.CooperationAreas;

internal sealed class CooperationAreasGrpcService(
    CooperationAreaRepository areas, IUnitOfWorkFactory unitOfWorkFactory, IDbConnectionFactory connections, TimeProvider time)
    : V1.CooperationAreasService.CooperationAreasServiceBase
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.IdentifyCooperationAreaResponse> IdentifyCooperationArea(
        V1.IdentifyCooperationAreaRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        validator.RequireText(request.Title, "title", CooperationArea.MaxTitleLength);
        validator.RequireText(request.Description, "description", CooperationArea.MaxDescriptionLength);
        var tags = request.Tags
            .Select((tag, i) => validator.RequireEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(tag, $"tags[{i}]"))
            .OfType<CooperationAreaTag>()
            .ToList();
        validator.ThrowIfInvalid();

        var area = CooperationArea.Identify(request.Title.Trim(), request.Description.Trim(), tags, time.GetUtcNow());
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await areas.AddAsync(unitOfWork, area);
        unitOfWork.Audit(AuditAction.Create, CooperationAreasAudit.CooperationArea, area.Id, CooperationAreasAudit.IdentifiedFields);
        await unitOfWork.CommitAsync();
        return new V1.IdentifyCooperationAreaResponse { CooperationArea = CooperationAreaWire.ToWire(area) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetCooperationAreaResponse> GetCooperationArea(
        V1.GetCooperationAreaRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.CooperationAreaId, "cooperation_area_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetCooperationAreaResponse { CooperationArea = CooperationAreaWire.ToWire(await areas.GetAsync(session, id)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListCooperationAreasResponse> ListCooperationAreas(
        V1.ListCooperationAreasRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var tag = validator.OptionalEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(request.Tag, "tag");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await areas.ListAsync(session, tag, page);
        var response = new V1.ListCooperationAreasResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.CooperationAreas.AddRange(found.Select(CooperationAreaWire.ToWire));
        return response;
    }
}
