using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Cooperation.Contracts.Messages.Projects;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>The projects' RPCs: validate, check access and version, apply the life cycle, save, announce, audit, answer.</summary>
internal sealed class ProjectsGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    ProjectRepository projects,
    ProjectWrites writes,
    TimeProvider clock) : V1.ProjectsService.ProjectsServiceBase
{
    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.CreateProjectResponse> CreateProject(V1.CreateProjectRequest request, ServerCallContext context)
    {
        var draft = ProjectRequestReader.Read(request, clock.GetUtcNow());
        context.GetCaller().EnsureCanLead(draft.LeadAgencyId);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await projects.TryInsertAsync(unitOfWork, draft);
        unitOfWork.Audit(AuditAction.Create, ProjectsAudit.Project, draft.Id, ProjectsAudit.CreatedFields);
        await unitOfWork.CommitAsync();
        return new V1.CreateProjectResponse { Project = ProjectsWire.ToWire(draft) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetProjectResponse> GetProject(V1.GetProjectRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetProjectResponse { Project = ProjectsWire.ToWire(await projects.GetAsync(session, id)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListProjectsResponse> ListProjects(V1.ListProjectsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var status = validator.OptionalEnum<V1.ProjectStatus, ProjectStatus>(request.Status, "status");
        var type = validator.OptionalEnum<V1.ProjectType, ProjectType>(request.Type, "type");
        var area = validator.OptionalEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(request.CooperationArea, "cooperation_area");
        var agency = validator.OptionalId(request.AgencyId, "agency_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await projects.ListAsync(session, status, type, area, agency, page);
        var response = new V1.ListProjectsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Projects.AddRange(found.Select(ProjectsWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.ChangeProjectStatusResponse> ChangeProjectStatus(V1.ChangeProjectStatusRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ProjectId, "project_id");
        validator.Require(request.Version > 0, "version", "is required: the version the caller read");
        var status = validator.RequireEnum<V1.ProjectStatus, ProjectStatus>(request.Status, "status");
        validator.Require(request.Reason.Length <= 2000, "reason", "must be at most 2000 characters");
        validator.Require(status is not (ProjectStatus.Suspended or ProjectStatus.Cancelled) || !string.IsNullOrWhiteSpace(request.Reason),
            "reason", "is required to suspend or cancel a project");
        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, id, request.Version);
        var project = write.Project;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var transition = project.ChangeStatus(status!.Value, request.Reason, today);
        if (transition.Commenced)
        {
            write.UnitOfWork.Publish(new ProjectCommenced { ProjectId = project.Id, Workstream = Workstream.CapacityBuilding, CommencedOn = today });
        }

        if (transition.Ended)
        {
            write.UnitOfWork.Publish(new ProjectCompleted
            {
                ProjectId = project.Id, Workstream = Workstream.CapacityBuilding, CompletedOn = today, Delivered = transition.Delivered,
            });
        }

        write.UnitOfWork.Audit(AuditAction.Update, ProjectsAudit.Project, project.Id, ["status", "status_reason", "actual_start", "actual_end", "version"]);
        await write.CommitAsync();
        return new V1.ChangeProjectStatusResponse { Project = ProjectsWire.ToWire(project) };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.ProposeToWorkingGroupResponse> ProposeToWorkingGroup(V1.ProposeToWorkingGroupRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ProjectId, "project_id");
        validator.Require(request.Version > 0, "version", "is required: the version the caller read");
        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, id, request.Version);
        var project = write.Project;
        // Proposing speaks for the project to the working group: its lead agency (or a co-chair) does, not a partner.
        context.GetCaller().EnsureCanLead(project.LeadAgencyId);

        var now = clock.GetUtcNow();
        project.ProposeToWorkingGroup(now);
        write.UnitOfWork.Publish(new CapacityProjectProposed
        {
            ProjectId = project.Id,
            TitleEn = project.Title.En,
            Summary = project.Description.En,
            CooperationAreas = project.CooperationAreas.Select(StoredEnums.ToStored).ToList(),
            LeadAgencyIds = [project.LeadAgencyId],
            ProposedAt = now,
        });
        write.UnitOfWork.Audit(AuditAction.Update, ProjectsAudit.Project, project.Id, ["proposed_at", "version"]);
        await write.CommitAsync();
        return new V1.ProposeToWorkingGroupResponse { Project = ProjectsWire.ToWire(project) };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.UpdateProjectResponse> UpdateProject(V1.UpdateProjectRequest request, ServerCallContext context)
    {
        var (id, version, details) = ProjectRequestReader.Read(request);

        await using var write = await writes.BeginAsync(context, id, version);
        write.Project.Revise(details);
        write.UnitOfWork.Audit(AuditAction.Update, ProjectsAudit.Project, id, ProjectsAudit.UpdatedFields);
        await write.CommitAsync();
        return new V1.UpdateProjectResponse { Project = ProjectsWire.ToWire(write.Project) };
    }
}
