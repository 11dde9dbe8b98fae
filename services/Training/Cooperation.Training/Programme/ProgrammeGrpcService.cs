using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Programme;

/// <summary>Reads of the programme items the working group's agreed training projects became.</summary>
internal sealed class ProgrammeGrpcService(IDbConnectionFactory connections, ProgrammeItemRepository items) : V1.ProgrammeService.ProgrammeServiceBase
{
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetProgrammeItemResponse> GetProgrammeItem(V1.GetProgrammeItemRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ProgrammeItemId, "programme_item_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetProgrammeItemResponse { Item = ProgrammeWire.ToWire(await items.GetAsync(session, id)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListProgrammeItemsResponse> ListProgrammeItems(V1.ListProgrammeItemsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await items.ListAsync(session, page);
        var response = new V1.ListProgrammeItemsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Items.AddRange(found.Select(ProgrammeWire.ToWire));
        return response;
    }
}
