using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.CapacityBuilding.Milestones;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Risks;

/// <summary>The risk register's RPCs: validate, hold the project at the version read, apply the rule, save, assess and escalate, audit, answer.</summary>
internal sealed class RisksGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    ProjectRepository projects,
    ProjectWrites writes,
    RiskRepository risks,
    MilestoneRepository milestones,
    HighRiskThreshold threshold,
    TimeProvider clock) : V1.RisksService.RisksServiceBase
{
    private static readonly string[] ScoredFields = ["before_response", "after_response", "proximity", "response", "review_on", "high_escalated"];

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.RecordRiskResponse> RecordRisk(V1.RecordRiskRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        validator.RequireText(request.Cause, "cause", 1000);
        validator.RequireText(request.Event, "event", 1000);
        validator.RequireText(request.Effect, "effect", 1000);
        var category = validator.RequireEnum<V1.RiskCategory, RiskCategory>(request.Category, "category");
        var (before, after, proximity, response, reviewOn) = ReadAssessment(
            validator, request.BeforeResponse, request.AfterResponse, request.Proximity, request.Response, request.ReviewOn);
        var owner = validator.RequireId(request.OwnerOfficialId, "owner_official_id");
        var actionee = validator.OptionalId(request.ActioneeOfficialId, "actionee_official_id");
        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var risk = new Risk(Guid.NewGuid(), projectId, request.Cause.Trim(), request.Event.Trim(), request.Effect.Trim(), category!.Value,
            before!, after, proximity!.Value, response!.Value, owner, actionee, reviewOn, RiskStatus.Open, clock.GetUtcNow());
        var escalate = risk.EscalateIfHigh(threshold);
        await risks.InsertAsync(write.UnitOfWork, risk);
        Announce(write, risk, escalate);
        write.UnitOfWork.Audit(AuditAction.Create, RisksAudit.Risk, risk.Id,
            ["cause", "event", "effect", "category", .. ScoredFields, "owner_official_id", "actionee_official_id"]);
        await write.CommitAsync();
        return new V1.RecordRiskResponse { Risk = RisksWire.ToWire(risk, threshold), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.ReviewRiskResponse> ReviewRisk(V1.ReviewRiskRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        var riskId = validator.RequireId(request.RiskId, "risk_id");
        var (before, after, proximity, response, reviewOn) = ReadAssessment(
            validator, request.BeforeResponse, request.AfterResponse, request.Proximity, request.Response, request.ReviewOn);
        validator.ThrowIfInvalid();

        var (risk, version) = await ChangeAsync(context, projectId, request.ProjectVersion, riskId,
            (r, _) =>
            {
                r.Review(before!, after, proximity!.Value, response!.Value, reviewOn, clock.GetUtcNow());
                return Task.CompletedTask;
            }, ["reviewed_at", .. ScoredFields]);
        return new V1.ReviewRiskResponse { Risk = risk, ProjectVersion = version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.MaterialiseRiskResponse> MaterialiseRisk(V1.MaterialiseRiskRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        var riskId = validator.RequireId(request.RiskId, "risk_id");
        var milestoneId = validator.OptionalId(request.MilestoneId, "milestone_id");
        validator.ThrowIfInvalid();

        var (risk, version) = await ChangeAsync(context, projectId, request.ProjectVersion, riskId, async (r, unitOfWork) =>
        {
            if (milestoneId is { } hit)
            {
                await milestones.GetAsync(unitOfWork, projectId, hit);
            }

            r.Materialise(milestoneId);
        }, ["status", "hit_milestone_id"]);
        return new V1.MaterialiseRiskResponse { Risk = risk, ProjectVersion = version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.CloseRiskResponse> CloseRisk(V1.CloseRiskRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        var riskId = validator.RequireId(request.RiskId, "risk_id");
        validator.ThrowIfInvalid();

        var (risk, version) = await ChangeAsync(context, projectId, request.ProjectVersion, riskId, (r, _) =>
        {
            r.Close();
            return Task.CompletedTask;
        }, ["status"]);
        return new V1.CloseRiskResponse { Risk = risk, ProjectVersion = version };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListRisksResponse> ListRisks(V1.ListRisksRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = validator.RequireId(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();

        // Read inside a unit of work: owners and actionees are officials, so the read is audited with them.
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await projects.GetAsync(unitOfWork, projectId);
        var found = await risks.ListAsync(unitOfWork, projectId);
        unitOfWork.Audit(AuditAction.Read, ProjectsAudit.Project, projectId, ["risks.owner_official_id", "risks.actionee_official_id"],
            justification: RisksAudit.ListJustification);
        await unitOfWork.CommitAsync();
        var response = new V1.ListRisksResponse();
        response.Risks.AddRange(found.Select(r => RisksWire.ToWire(r, threshold)));
        return response;
    }

    // Review, materialise and close share the write: hold the project, load the risk, change it, re-decide the escalation, announce, audit.
    private async Task<(V1.Risk Risk, long Version)> ChangeAsync(
        ServerCallContext context, Guid projectId, long version, Guid riskId, Func<Risk, IUnitOfWork, Task> change, IReadOnlyList<string> fields)
    {
        await using var write = await writes.BeginAsync(context, projectId, version);
        var risk = await risks.GetAsync(write.UnitOfWork, projectId, riskId);
        await change(risk, write.UnitOfWork);
        var escalate = risk.EscalateIfHigh(threshold);
        await risks.UpdateAsync(write.UnitOfWork, risk);
        Announce(write, risk, escalate);
        write.UnitOfWork.Audit(AuditAction.Update, RisksAudit.Risk, risk.Id, fields);
        await write.CommitAsync();
        return (RisksWire.ToWire(risk, threshold), write.Project.Version);
    }

    private void Announce(ProjectWrite write, Risk risk, bool escalate)
    {
        var project = write.Project;
        write.UnitOfWork.Publish(new RiskAssessed
        {
            ProjectId = project.Id, RiskId = risk.Id, LeadAgencyId = project.LeadAgencyId, Score = risk.Score,
            IsHigh = threshold.IsHigh(risk.Score), IsOpen = risk.IsOpen,
        });
        if (escalate)
        {
            write.UnitOfWork.Publish(new RiskEscalated
            {
                ProjectId = project.Id, ProjectTitle = project.Title.En, RiskId = risk.Id, RiskEvent = risk.Event, Score = risk.Score,
                Reason = RiskEscalationReason.HighScore, LeadAgencyId = project.LeadAgencyId,
            });
        }
    }

    private (RiskRating? Before, RiskRating? After, RiskProximity? Proximity, RiskResponse? Response, DateOnly ReviewOn) ReadAssessment(
        Validator validator, V1.RiskRating? before, V1.RiskRating? after, V1.RiskProximity proximity, V1.RiskResponse response, Google.Type.Date? reviewOn)
    {
        var readBefore = ReadRating(validator, before, "before_response", required: true);
        var readAfter = ReadRating(validator, after, "after_response", required: false);
        var readProximity = validator.RequireEnum<V1.RiskProximity, RiskProximity>(proximity, "proximity");
        var readResponse = validator.RequireEnum<V1.RiskResponse, RiskResponse>(response, "response");
        var review = validator.RequireDate(reviewOn, "review_on");
        validator.Require(reviewOn is null || review >= clock.Today(), "review_on", "must not be before today");
        return (readBefore, readAfter, readProximity, readResponse, review);
    }

    private static RiskRating? ReadRating(Validator validator, V1.RiskRating? rating, string field, bool required)
    {
        if (rating is null)
        {
            validator.Require(!required, field, "is required");
            return null;
        }

        validator.Require(RiskRating.IsOnScale(rating.Likelihood), $"{field}.likelihood", "must be from 1 to 5");
        validator.Require(RiskRating.IsOnScale(rating.Impact), $"{field}.impact", "must be from 1 to 5");
        return new RiskRating(rating.Likelihood, rating.Impact);
    }

    private static Guid ReadProject(Validator validator, string projectId, long version)
    {
        var id = validator.RequireId(projectId, "project_id");
        validator.Require(version > 0, "project_version", "is required: the project version the caller read");
        return id;
    }
}
