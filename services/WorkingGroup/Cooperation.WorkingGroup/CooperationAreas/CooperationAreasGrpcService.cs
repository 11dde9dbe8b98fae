using Cooperation.BuildingBlocks.Audit;
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
    CooperationAreaRepository areas, IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time)
    : V1.CooperationAreasService.CooperationAreasServiceBase
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.IdentifyCooperationAreaResponse> IdentifyCooperationArea(
        V1.IdentifyCooperationAreaRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        validator.RequireText(request.Title, "title", CooperationArea.MaxTitleLength);
        validator.RequireText(request.Description, "description", CooperationArea.MaxDescriptionLength);
        var tags = new List<CooperationAreaTag>();
        for (var i = 0; i < request.Tags.Count; i++)
        {
            var tag = validator.RequireEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(request.Tags[i], $"tags[{i}]");
            if (tag is { } known)
            {
                tags.Add(known);
            }
        }

        validator.ThrowIfInvalid();

        // The domain holds the "at least one tag" rule.
        var area = CooperationArea.Identify(request.Title.Trim(), request.Description.Trim(), tags, time.GetUtcNow());
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        await CooperationAreaRepository.AddAsync(unitOfWork, area, context.CancellationToken);
        unitOfWork.Audit(new AuditEntry(
            AuditActor.From(context.GetCaller()), "IdentifyCooperationArea", AuditAction.Create, "CooperationArea", area.Id.ToString())
        {
            Fields = ["title", "description", "tags"],
        });
        await unitOfWork.CommitAsync(context.CancellationToken);
        return new V1.IdentifyCooperationAreaResponse { CooperationArea = ToWire(area) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetCooperationAreaResponse> GetCooperationArea(
        V1.GetCooperationAreaRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.CooperationAreaId, "cooperation_area_id");
        validator.ThrowIfInvalid();

        var area = await areas.FindAsync(id, context.CancellationToken)
            ?? throw new NotFoundException("cooperation_area", request.CooperationAreaId);
        return new V1.GetCooperationAreaResponse { CooperationArea = ToWire(area) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListCooperationAreasResponse> ListCooperationAreas(
        V1.ListCooperationAreasRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var tag = validator.OptionalEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(request.Tag, "tag");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var found = await areas.ListAsync(tag, page, context.CancellationToken);
        var response = new V1.ListCooperationAreasResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.CooperationAreas.AddRange(found.Select(ToWire));
        return response;
    }

    private static V1.CooperationArea ToWire(CooperationArea area)
    {
        var wire = new V1.CooperationArea
        {
            Id = area.Id.ToString(),
            Title = area.Title,
            Description = area.Description,
            IdentifiedAt = WireInstant.ToWire(area.IdentifiedAt),
        };
        wire.Tags.AddRange(area.Tags.Select(WireEnums.ToWire<CooperationAreaTag, TypeV1.CooperationAreaTag>));
        return wire;
    }
}
