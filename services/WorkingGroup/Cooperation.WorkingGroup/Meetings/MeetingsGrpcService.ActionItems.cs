using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Action items: raised by the co-chairs at a held meeting; closed by a co-chair or by a
/// coordinator of the agency of the official who owns the item (that agency's record of work).
/// </summary>
internal sealed partial class MeetingsGrpcService
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.AddActionItemResponse> AddActionItem(V1.AddActionItemRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.MeetingId, "meeting_id");
        validator.RequireText(request.Description, "description", 1000);
        var owner = validator.RequireId(request.OwnerOfficialId, "owner_official_id");
        var dueOn = validator.RequireDate(request.DueOn, "due_on");
        validator.ThrowIfInvalid();

        var ct = context.CancellationToken;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(ct);
        if ((await ProgrammeQueries.GetOfficialsAsync(unitOfWork, [owner], ct)).Count == 0)
        {
            throw new NotFoundException("official", owner.ToString());
        }

        var meeting = await meetings.GetAsync(unitOfWork, id, ct);
        var item = meeting.AddActionItem(Guid.NewGuid(), request.Description.Trim(), owner, dueOn);
        await actionItems.InsertAsync(unitOfWork, item, ct);
        unitOfWork.Audit(AuditOf(context, nameof(AddActionItem), AuditAction.Create, ActionItemResource, item.Id,
            "meeting_id", "description", "owner_official_id", "due_on"));
        await unitOfWork.CommitAsync(ct);
        return new V1.AddActionItemResponse { ActionItem = MeetingMapper.ToWire(item, Today) };
    }

    [Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]
    public override async Task<V1.UpdateActionItemStatusResponse> UpdateActionItemStatus(V1.UpdateActionItemStatusRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ActionItemId, "action_item_id");
        var status = WireEnums.FromWire<V1.ActionItemStatus, ActionItemStatus>(request.Status);
        validator.Require(status is ActionItemStatus.Done or ActionItemStatus.Cancelled, "status", "must be DONE or CANCELLED");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        var ct = context.CancellationToken;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(ct);
        var item = await actionItems.GetAsync(unitOfWork, id, ct);
        if (!caller.IsInRole(CooperationRoles.CoChair))
        {
            // Object level: a coordinator closes only the items owned by officials of their own agency.
            var ownerAgency = await ProgrammeQueries.GetAgencyOfOfficialAsync(unitOfWork, item.OwnerOfficialId, ct)
                ?? throw new NotFoundException("official", item.OwnerOfficialId.ToString());
            caller.EnsureCanWriteFor(ownerAgency);
        }

        item.Close(status!.Value);
        await actionItems.UpdateStatusAsync(unitOfWork, item, ct);
        unitOfWork.Audit(AuditOf(context, nameof(UpdateActionItemStatus), AuditAction.Update, ActionItemResource, item.Id, "status"));
        await unitOfWork.CommitAsync(ct);
        return new V1.UpdateActionItemStatusResponse { ActionItem = MeetingMapper.ToWire(item, Today) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListActionItemsResponse> ListActionItems(V1.ListActionItemsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var owner = validator.OptionalId(request.OwnerOfficialId, "owner_official_id");
        var status = validator.OptionalEnum<V1.ActionItemStatus, ActionItemStatus>(request.Status, "status");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var today = Today;
        var items = await actionItems.ListAsync(owner, status, request.OverdueOnly ? today : null, page, context.CancellationToken);
        var response = new V1.ListActionItemsResponse { NextPageToken = page.NextPageToken(items.Count) };
        response.ActionItems.AddRange(items.Select(i => MeetingMapper.ToWire(i, today)));
        return response;
    }
}
