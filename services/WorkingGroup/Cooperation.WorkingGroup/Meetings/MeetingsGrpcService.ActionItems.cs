using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
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

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        if ((await officials.AffiliationsAsync(unitOfWork, [owner])).Count == 0)
        {
            throw new NotFoundException("official", owner.ToString());
        }

        var meeting = await meetings.GetAsync(unitOfWork, id);
        var item = meeting.AddActionItem(Guid.NewGuid(), request.Description.Trim(), owner, dueOn);
        await actionItems.InsertAsync(unitOfWork, item);
        unitOfWork.Audit(AuditAction.Create, MeetingsAudit.ActionItem, item.Id, ["meeting_id", "description", "owner_official_id", "due_on"]);
        await unitOfWork.CommitAsync();
        return new V1.AddActionItemResponse { ActionItem = MeetingWire.ToWire(item, Today) };
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
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var item = await actionItems.GetAsync(unitOfWork, id);
        if (!caller.IsInRole(CooperationRoles.CoChair))
        {
            // Object level: a coordinator closes only the items owned by officials of their own agency.
            var owner = (await officials.AffiliationsAsync(unitOfWork, [item.OwnerOfficialId])).SingleOrDefault()
                ?? throw new NotFoundException("official", item.OwnerOfficialId.ToString());
            caller.EnsureCanWriteFor(owner.AgencyId);
        }

        item.Close(status!.Value);
        await actionItems.UpdateStatusAsync(unitOfWork, item);
        if (item.Status == ActionItemStatus.Done)
        {
            unitOfWork.Publish(MeetingWire.Closed(item, Today));
        }

        unitOfWork.Audit(AuditAction.Update, MeetingsAudit.ActionItem, item.Id, ["status"]);
        // An item that carries a debrief's corrective action closes that action with it: one piece of work, one state.
        await correctiveActionItems.CloseActionOfItemAsync(unitOfWork, item, Today);
        await unitOfWork.CommitAsync();
        return new V1.UpdateActionItemStatusResponse { ActionItem = MeetingWire.ToWire(item, Today) };
    }

    /// <remarks>One query whatever the page size.</remarks>
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListActionItemsResponse> ListActionItems(V1.ListActionItemsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var owner = validator.OptionalId(request.OwnerOfficialId, "owner_official_id");
        var status = validator.OptionalEnum<V1.ActionItemStatus, ActionItemStatus>(request.Status, "status");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var today = Today;
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var items = await actionItems.ListAsync(session, owner, status, request.OverdueOnly ? today : null, page);
        var response = new V1.ListActionItemsResponse { NextPageToken = page.NextPageToken(items.Count) };
        response.ActionItems.AddRange(items.Select(i => MeetingWire.ToWire(i, today)));
        return response;
    }
}
