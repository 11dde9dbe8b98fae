using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Catalogue;

/// <summary>The catalogue's RPCs: validate, apply the lifecycle, save, audit, answer.</summary>
internal sealed class CatalogueGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    ActivityRepository activities,
    TimeProvider clock) : V1.CatalogueService.CatalogueServiceBase
{
    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.CreateActivityResponse> CreateActivity(V1.CreateActivityRequest request, ServerCallContext context)
    {
        var draft = ActivityRequestReader.Read(request, clock.GetUtcNow());
        context.GetCaller().EnsureCanManage(draft.OwnerAgencyId);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await activities.InsertAsync(unitOfWork, draft);
        unitOfWork.Audit(AuditAction.Create, CatalogueAudit.Activity, draft.Id, CatalogueAudit.CreatedFields);
        await unitOfWork.CommitAsync();
        return new V1.CreateActivityResponse { Activity = CatalogueWire.ToWire(draft) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetActivityResponse> GetActivity(V1.GetActivityRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ActivityId, "activity_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetActivityResponse { Activity = CatalogueWire.ToWire(await activities.GetAsync(session, id)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListActivitiesResponse> ListActivities(V1.ListActivitiesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var status = validator.OptionalEnum<V1.ActivityStatus, ActivityStatus>(request.Status, "status");
        var kind = validator.OptionalEnum<V1.ActivityKind, ActivityKind>(request.Kind, "kind");
        var theme = validator.OptionalEnum<Contracts.Type.V1.CooperationAreaTag, CooperationAreaTag>(request.Theme, "theme");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await activities.ListAsync(session, status, kind, theme, page);
        var response = new V1.ListActivitiesResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Activities.AddRange(found.Select(CatalogueWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.PublishActivityResponse> PublishActivity(V1.PublishActivityRequest request, ServerCallContext context)
    {
        var activity = await ChangeStatusAsync(request.ActivityId, context, a => a.Publish(clock.GetUtcNow()), "published_at");
        return new V1.PublishActivityResponse { Activity = CatalogueWire.ToWire(activity) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.CloseActivityResponse> CloseActivity(V1.CloseActivityRequest request, ServerCallContext context)
    {
        var activity = await ChangeStatusAsync(request.ActivityId, context, a => a.Close(clock.GetUtcNow()), "closed_at");
        return new V1.CloseActivityResponse { Activity = CatalogueWire.ToWire(activity) };
    }

    // Publish and close differ only in the lifecycle step they apply.
    private async Task<Activity> ChangeStatusAsync(string activityId, ServerCallContext context, Action<Activity> change, string stampField)
    {
        var validator = new Validator();
        var id = validator.RequireId(activityId, "activity_id");
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var activity = await activities.GetForUpdateAsync(unitOfWork, id);
        context.GetCaller().EnsureCanManage(activity.OwnerAgencyId);
        change(activity);
        await activities.UpdateStatusAsync(unitOfWork, activity);
        unitOfWork.Audit(AuditAction.Update, CatalogueAudit.Activity, activity.Id, ["status", stampField]);
        await unitOfWork.CommitAsync();
        return activity;
    }
}
