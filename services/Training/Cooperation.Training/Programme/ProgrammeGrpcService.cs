using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Contracts.Messages.Projects;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Programme;

/// <summary>Reads of the programme items the working group's agreed training projects became, and their closure undelivered.</summary>
internal sealed class ProgrammeGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    ProgrammeItemRepository items,
    TimeProvider clock) : V1.ProgrammeService.ProgrammeServiceBase
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

    /// <summary>The co-chairs close an item the programme will not deliver; the working group hears it completed undelivered.</summary>
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.CloseProgrammeItemResponse> CloseProgrammeItem(V1.CloseProgrammeItemRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ProgrammeItemId, "programme_item_id");
        validator.RequireText(request.Reason, "reason", 1000);
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var item = await items.GetForUpdateAsync(unitOfWork, id);
        item.CloseUndelivered(request.Reason.Trim(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await items.CompleteAsync(unitOfWork, item);
        unitOfWork.Publish(new ProjectCompleted
        {
            ProjectId = item.ProjectId, Workstream = Workstream.Training, CompletedOn = item.CompletedOn!.Value, Delivered = false,
        });
        unitOfWork.Audit(AuditAction.Update, ProgrammeAudit.ProgrammeItem, item.ProjectId, ProgrammeAudit.CompletedFields);
        await unitOfWork.CommitAsync();
        return new V1.CloseProgrammeItemResponse { Item = ProgrammeWire.ToWire(item) };
    }
}
