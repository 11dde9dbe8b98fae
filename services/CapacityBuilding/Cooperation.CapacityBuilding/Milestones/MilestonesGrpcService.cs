using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>The milestones' and baseline's RPCs: validate, hold the project at the version read, apply the rule, save, announce, audit, answer.</summary>
internal sealed class MilestonesGrpcService(
    IDbConnectionFactory connections,
    ProjectRepository projects,
    ProjectWrites writes,
    MilestoneRepository milestones,
    BaselineSnapshots baselines,
    TimeProvider clock) : V1.MilestonesService.MilestonesServiceBase
{
    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.AddMilestoneResponse> AddMilestone(V1.AddMilestoneRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        validator.RequireText(request.Title, "title", 300);
        var due = validator.RequireDate(request.DueOn, "due_on");
        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var milestone = new Milestone(Guid.NewGuid(), projectId, request.Title.Trim(), due, MilestoneStatus.Pending);
        await milestones.InsertAsync(write.UnitOfWork, milestone, clock.GetUtcNow());
        write.UnitOfWork.Audit(AuditAction.Create, MilestonesAudit.Milestone, milestone.Id, ["project_id", "title", "due_on"]);
        await write.CommitAsync();
        return new V1.AddMilestoneResponse { Milestone = MilestonesWire.ToWire(milestone), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.RescheduleMilestoneResponse> RescheduleMilestone(V1.RescheduleMilestoneRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        var milestoneId = validator.RequireId(request.MilestoneId, "milestone_id");
        var due = validator.RequireDate(request.DueOn, "due_on");
        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var milestone = await milestones.GetAsync(write.UnitOfWork, projectId, milestoneId);
        milestone.Reschedule(due, clock.Today());
        await milestones.UpdateAsync(write.UnitOfWork, milestone);
        write.UnitOfWork.Audit(AuditAction.Update, MilestonesAudit.Milestone, milestone.Id, ["due_on", "status"]);
        await write.CommitAsync();
        return new V1.RescheduleMilestoneResponse { Milestone = MilestonesWire.ToWire(milestone), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.AchieveMilestoneResponse> AchieveMilestone(V1.AchieveMilestoneRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        var milestoneId = validator.RequireId(request.MilestoneId, "milestone_id");
        var achievedOn = validator.RequireDate(request.AchievedOn, "achieved_on");
        validator.Require(request.AchievedOn is null || achievedOn <= clock.Today(), "achieved_on", "must not be after today");
        validator.RequireText(request.Evidence, "evidence", 2000);
        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var milestone = await milestones.GetAsync(write.UnitOfWork, projectId, milestoneId);
        var measuredAgainst = await milestones.BaselineDueAsync(write.UnitOfWork, milestone.Id) ?? milestone.DueOn;
        var onTime = milestone.Achieve(achievedOn, request.Evidence.Trim(), measuredAgainst);
        await milestones.UpdateAsync(write.UnitOfWork, milestone);
        write.UnitOfWork.Publish(new MilestoneAchieved
        {
            ProjectId = projectId, MilestoneId = milestone.Id, LeadAgencyId = write.Project.LeadAgencyId,
            DueOn = measuredAgainst, AchievedOn = achievedOn, OnTime = onTime,
        });
        write.UnitOfWork.Audit(AuditAction.Update, MilestonesAudit.Milestone, milestone.Id, ["status", "achieved_on", "evidence"]);
        await write.CommitAsync();
        return new V1.AchieveMilestoneResponse { Milestone = MilestonesWire.ToWire(milestone), ProjectVersion = write.Project.Version, OnTime = onTime };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListMilestonesResponse> ListMilestones(V1.ListMilestonesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = validator.RequireId(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        await projects.GetAsync(session, projectId);
        var response = new V1.ListMilestonesResponse();
        response.Milestones.AddRange((await milestones.ListAsync(session, projectId)).Select(MilestonesWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.ApprovePlanResponse> ApprovePlan(V1.ApprovePlanRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        PlanBaseline.EnsureNotTaken(projectId, write.Project.PlanApprovedAt);
        var now = clock.GetUtcNow();
        write.Project.ApprovePlan(now);
        await baselines.TakeAsync(write.UnitOfWork, projectId);
        write.UnitOfWork.Audit(AuditAction.Create, MilestonesAudit.Baseline, projectId, ["plan_approved_at", "baseline"]);
        await write.CommitAsync();
        return new V1.ApprovePlanResponse { ApprovedAt = WireInstant.ToWire(now), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetVarianceReportResponse> GetVarianceReport(V1.GetVarianceReportRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = validator.RequireId(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var project = await projects.GetAsync(session, projectId);
        var takenAt = PlanBaseline.EnsureTaken(projectId, project.PlanApprovedAt);
        var response = new V1.GetVarianceReportResponse { BaselineTakenAt = WireInstant.ToWire(takenAt) };
        await baselines.ReportAsync(session, projectId, response);
        return response;
    }

    private static Guid ReadProject(Validator validator, string projectId, long version)
    {
        var id = validator.RequireId(projectId, "project_id");
        validator.Require(version > 0, "project_version", "is required: the project version the caller read");
        return id;
    }
}
