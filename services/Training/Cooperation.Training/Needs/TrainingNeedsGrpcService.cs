using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Needs;

/// <summary>The training needs' RPCs: register, link and unlink activities (coverage kept current), get and list.</summary>
internal sealed class TrainingNeedsGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    TrainingNeedRepository needs,
    TrainingNeedCoverage coverage,
    TimeProvider clock) : V1.TrainingNeedsService.TrainingNeedsServiceBase
{
    private const int MaxHeadcount = 100_000;

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.RegisterTrainingNeedResponse> RegisterTrainingNeed(V1.RegisterTrainingNeedRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var theme = validator.RequireEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(request.Theme, "theme");
        var participant = validator.RequireParticipant(request.Participant, "participant");
        var agencyId = validator.RequireId(request.AgencyId, "agency_id");
        validator.Require(request.Headcount is > 0 and <= MaxHeadcount, "headcount", $"must be between 1 and {MaxHeadcount}");
        var proficiency = validator.RequireEnum<V1.TargetProficiency, TargetProficiency>(request.TargetProficiency, "target_proficiency");
        var urgency = validator.RequireEnum<V1.NeedUrgency, NeedUrgency>(request.Urgency, "urgency");
        var source = validator.RequireEnum<V1.NeedSource, NeedSource>(request.Source, "source");
        Guid? decisionId = null;
        if (source == NeedSource.WorkingGroupDecision)
        {
            decisionId = validator.RequireId(request.DecisionId, "decision_id");
        }
        else
        {
            validator.Require(string.IsNullOrEmpty(request.DecisionId), "decision_id", "must be empty unless the source is a working-group decision");
        }

        validator.ThrowIfInvalid();

        // As for an event: the caller's own agency and participant, unless a co-chair.
        var caller = context.GetCaller();
        caller.EnsureCanManage(agencyId);
        if (!caller.IsInRole(CooperationRoles.CoChair))
        {
            caller.EnsureActsFor(participant!.Value);
        }

        var need = new TrainingNeed(Guid.NewGuid(), theme!.Value, participant!.Value, agencyId, request.Headcount, proficiency!.Value,
            urgency!.Value, source!.Value, decisionId, caller.Subject, clock.GetUtcNow(), [], 0);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await needs.InsertAsync(unitOfWork, need);
        unitOfWork.Audit(AuditAction.Create, NeedsAudit.Need, need.Id, NeedsAudit.RegisteredFields);
        await unitOfWork.CommitAsync();
        return new V1.RegisterTrainingNeedResponse { Need = NeedsWire.ToWire(need) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.LinkActivityResponse> LinkActivity(V1.LinkActivityRequest request, ServerCallContext context)
    {
        var (needId, activityId) = ReadLink(request.NeedId, request.ActivityId);
        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var need = await needs.GetForUpdateAsync(unitOfWork, needId);
        caller.EnsureCanManage(need.AgencyId);
        await needs.EnsureActivityExistsAsync(unitOfWork, activityId);
        need.EnsureCanLink(activityId);
        await needs.LinkAsync(unitOfWork, needId, activityId, caller.Subject, clock.GetUtcNow());
        return new V1.LinkActivityResponse { Need = await ChangedLinksAsync(unitOfWork, needId) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.UnlinkActivityResponse> UnlinkActivity(V1.UnlinkActivityRequest request, ServerCallContext context)
    {
        var (needId, activityId) = ReadLink(request.NeedId, request.ActivityId);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var need = await needs.GetForUpdateAsync(unitOfWork, needId);
        context.GetCaller().EnsureCanManage(need.AgencyId);
        need.EnsureCanUnlink(activityId);
        await needs.UnlinkAsync(unitOfWork, needId, activityId);
        return new V1.UnlinkActivityResponse { Need = await ChangedLinksAsync(unitOfWork, needId) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetTrainingNeedResponse> GetTrainingNeed(V1.GetTrainingNeedRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var needId = validator.RequireId(request.NeedId, "need_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetTrainingNeedResponse { Need = NeedsWire.ToWire(await needs.GetAsync(session, needId)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListTrainingNeedsResponse> ListTrainingNeeds(V1.ListTrainingNeedsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var theme = validator.OptionalEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(request.Theme, "theme");
        var participant = validator.OptionalParticipant(request.Participant, "participant");
        var agencyId = validator.OptionalId(request.AgencyId, "agency_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await needs.ListAsync(session, theme, participant, agencyId, request.UncoveredOnly, page);
        var response = new V1.ListTrainingNeedsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Needs.AddRange(found.Select(NeedsWire.ToWire));
        return response;
    }

    private static (Guid NeedId, Guid ActivityId) ReadLink(string needId, string activityId)
    {
        var validator = new Validator();
        var need = validator.RequireId(needId, "need_id");
        var activity = validator.RequireId(activityId, "activity_id");
        validator.ThrowIfInvalid();
        return (need, activity);
    }

    // A link changed: coverage moves with it (announced when it did), the change is audited, and
    // the answer is the need as now stored.
    private async Task<V1.TrainingNeed> ChangedLinksAsync(IUnitOfWork unitOfWork, Guid needId)
    {
        await coverage.RefreshAsync(unitOfWork, needId);
        unitOfWork.Audit(AuditAction.Update, NeedsAudit.Need, needId, ["activity_ids"]);
        var need = await needs.GetAsync(unitOfWork, needId);
        await unitOfWork.CommitAsync();
        return NeedsWire.ToWire(need);
    }
}
