using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.CapacityBuilding.Projects;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Phases;

/// <summary>The phases' RPCs: validate, hold the project at the version read, apply the gate rules, save, audit, answer.</summary>
internal sealed class PhasesGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    ProjectRepository projects,
    ProjectWrites writes,
    PhaseRepository phases,
    TimeProvider clock) : V1.PhasesService.PhasesServiceBase
{
    private const int MaxCriteria = 50;

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.AddPhaseResponse> AddPhase(V1.AddPhaseRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = validator.RequireId(request.ProjectId, "project_id");
        validator.Require(request.ProjectVersion > 0, "project_version", "is required: the project version the caller read");
        validator.RequireText(request.Name, "name", 200);
        var start = validator.RequireDate(request.PlannedStart, "planned_start");
        var end = validator.RequireDate(request.PlannedEnd, "planned_end");
        validator.Require(end >= start, "planned_end", "must be on or after planned_start");
        validator.Require(request.Criteria.Count <= MaxCriteria, "criteria", $"must have at most {MaxCriteria} criteria");
        var criteria = new List<GateCriterion>();
        for (var i = 0; i < request.Criteria.Count; i++)
        {
            var gate = validator.RequireEnum<V1.GateKind, GateKind>(request.Criteria[i].Gate, $"criteria[{i}].gate");
            validator.RequireText(request.Criteria[i].Text, $"criteria[{i}].text", 500);
            if (gate is { } known)
            {
                criteria.Add(new GateCriterion(Guid.NewGuid(), known, request.Criteria[i].Text.Trim()));
            }
        }

        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var ordered = criteria.OrderBy(c => c.Gate).ToList();
        var draft = new Phase(Guid.NewGuid(), projectId, 0, request.Name.Trim(), start, end, PhaseStatus.Planned, ordered);
        var position = await phases.InsertAsync(write.UnitOfWork, draft);
        var phase = new Phase(draft.Id, projectId, position, draft.Name, start, end, PhaseStatus.Planned, ordered);
        write.UnitOfWork.Audit(AuditAction.Create, PhasesAudit.Phase, phase.Id, ["project_id", "name", "planned_start", "planned_end", "criteria"]);
        await write.CommitAsync();
        return new V1.AddPhaseResponse { Phase = PhasesWire.ToWire(phase), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.SignOffGateCriterionResponse> SignOffGateCriterion(V1.SignOffGateCriterionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var (projectId, phaseId) = ReadPhase(validator, request.ProjectId, request.ProjectVersion, request.PhaseId);
        var criterionId = validator.RequireId(request.CriterionId, "criterion_id");
        validator.RequireText(request.Evidence, "evidence", 2000);
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var phase = await phases.GetAsync(write.UnitOfWork, projectId, phaseId);
        var criterion = phase.SignOff(criterionId, caller.Subject, caller.AgencyId, clock.GetUtcNow(), request.Evidence.Trim());
        await phases.SignOffAsync(write.UnitOfWork, criterion);
        write.UnitOfWork.Audit(AuditAction.Update, PhasesAudit.GateCriterion, criterion.Id, ["signed_off_by", "signed_off_agency_id", "signed_off_at", "evidence"]);
        await write.CommitAsync();
        return new V1.SignOffGateCriterionResponse { Phase = PhasesWire.ToWire(phase), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.StartPhaseResponse> StartPhase(V1.StartPhaseRequest request, ServerCallContext context)
    {
        var (phase, version) = await MoveAsync(request.ProjectId, request.ProjectVersion, request.PhaseId, context, p => p.Start(clock.GetUtcNow()), "started_at");
        return new V1.StartPhaseResponse { Phase = PhasesWire.ToWire(phase), ProjectVersion = version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.ClosePhaseResponse> ClosePhase(V1.ClosePhaseRequest request, ServerCallContext context)
    {
        var (phase, version) = await MoveAsync(request.ProjectId, request.ProjectVersion, request.PhaseId, context, p => p.Close(clock.GetUtcNow()), "closed_at");
        return new V1.ClosePhaseResponse { Phase = PhasesWire.ToWire(phase), ProjectVersion = version };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListPhasesResponse> ListPhases(V1.ListPhasesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = validator.RequireId(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();

        // Read inside a unit of work: the sign-offs name people, so the read is audited with them.
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await projects.GetAsync(unitOfWork, projectId);
        var found = await phases.ListAsync(unitOfWork, projectId);
        unitOfWork.Audit(AuditAction.Read, ProjectsAudit.Project, projectId, ["phases.criteria.signed_off_by"], justification: PhasesAudit.ListJustification);
        await unitOfWork.CommitAsync();
        var response = new V1.ListPhasesResponse();
        response.Phases.AddRange(found.Select(PhasesWire.ToWire));
        return response;
    }

    // Start and close differ only in the gate step they apply.
    private async Task<(Phase Phase, long Version)> MoveAsync(
        string projectIdText, long version, string phaseIdText, ServerCallContext context, Action<Phase> move, string stampField)
    {
        var validator = new Validator();
        var (projectId, phaseId) = ReadPhase(validator, projectIdText, version, phaseIdText);
        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, projectId, version);
        var phase = await phases.GetAsync(write.UnitOfWork, projectId, phaseId);
        move(phase);
        await phases.UpdateAsync(write.UnitOfWork, phase);
        write.UnitOfWork.Audit(AuditAction.Update, PhasesAudit.Phase, phase.Id, ["status", stampField]);
        await write.CommitAsync();
        return (phase, write.Project.Version);
    }

    private static (Guid ProjectId, Guid PhaseId) ReadPhase(Validator validator, string projectId, long version, string phaseId)
    {
        var project = validator.RequireId(projectId, "project_id");
        validator.Require(version > 0, "project_version", "is required: the project version the caller read");
        return (project, validator.RequireId(phaseId, "phase_id"));
    }
}
