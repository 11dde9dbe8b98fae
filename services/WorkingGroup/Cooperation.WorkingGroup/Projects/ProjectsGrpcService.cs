using Cooperation.WorkingGroup.Agencies;
using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.CooperationAreas;
using Cooperation.WorkingGroup.Meetings;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// Project proposals: a co-chair or a project lead of one of the lead agencies proposes; the
/// co-chairs agree by a confirmed binding decision. Every write carries its audit record.
/// </summary>
internal sealed class ProjectsGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    ProjectRepository projects,
    MeetingRepository meetings,
    AgencyRepository agencies,
    TimeProvider clock) : V1.ProjectsService.ProjectsServiceBase
{
    private const int MaxTags = 20;

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.ProposeProjectResponse> ProposeProject(V1.ProposeProjectRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        validator.RequireText(request.Title, "title", 200);
        validator.RequireText(request.Summary, "summary", 4000);
        var workstream = WireEnums.FromWire<V1.ProjectWorkstream, Workstream>(request.Workstream);
        validator.Require(workstream is not null, "workstream", "must be TRAINING or CAPACITY_BUILDING");
        validator.Require(request.CooperationAreas.Count <= MaxTags, "cooperation_areas", $"must have at most {MaxTags} areas");
        var areas = new List<CooperationAreaTag>();
        for (var i = 0; i < request.CooperationAreas.Count; i++)
        {
            if (validator.RequireEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(request.CooperationAreas[i], $"cooperation_areas[{i}]") is { } area)
            {
                areas.Add(area);
            }
        }

        validator.Require(request.LeadAgencyIds.Count > 0, "lead_agency_ids", "must name at least one lead agency");
        var leads = request.LeadAgencyIds.Select((value, i) => validator.RequireId(value, $"lead_agency_ids[{i}]")).ToList();
        validator.Require(leads.Distinct().Count() == leads.Count, "lead_agency_ids", "must not repeat an agency");
        validator.Require(request.CooperationAreaIds.Count <= MaxTags, "cooperation_area_ids", $"must have at most {MaxTags} areas");
        var areaIds = request.CooperationAreaIds.Select((value, i) => validator.RequireId(value, $"cooperation_area_ids[{i}]")).Distinct().ToList();
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        if (!caller.IsInRole(CooperationRoles.CoChair) && (caller.AgencyId is not { } own || !leads.Contains(own)))
        {
            // Object level: a project lead proposes for their own agency, so it must be among the leads.
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD",
                "A project lead may propose a project only with their own agency among the lead agencies.");
        }

        var project = ProjectProposal.Propose(Guid.NewGuid(), request.Title.Trim(), request.Summary.Trim(), workstream!.Value,
            areas.Distinct().Select(ProjectWire.StoredArea).ToList(), leads, clock.StoredNow(), areaIds);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var known = await agencies.ExistingIdsAsync(unitOfWork, leads);
        var unknown = leads.FirstOrDefault(a => !known.Contains(a));
        if (unknown != Guid.Empty)
        {
            throw new NotFoundException("agency", unknown.ToString());
        }

        var knownAreas = await projects.ExistingAreaIdsAsync(unitOfWork, areaIds);
        if (areaIds.FirstOrDefault(a => !knownAreas.Contains(a)) is var unknownArea && unknownArea != Guid.Empty)
        {
            throw new NotFoundException("cooperation_area", unknownArea.ToString());
        }

        await projects.InsertAsync(unitOfWork, project);
        unitOfWork.Publish(StatusChanged(project));
        unitOfWork.Audit(AuditAction.Create, ProjectsAudit.ProjectProposal, project.Id, ["title", "summary", "workstream", "cooperation_areas", "lead_agency_ids", "cooperation_area_ids"]);
        await unitOfWork.CommitAsync();
        return new V1.ProposeProjectResponse { Project = ProjectWire.ToWire(project) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.AgreeProjectResponse> AgreeProject(V1.AgreeProjectRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ProjectId, "project_id");
        var decisionId = validator.RequireId(request.DecisionId, "decision_id");
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var project = await projects.GetAsync(unitOfWork, id);
        // Decisions are recorded only at held meetings, so a known decision is one of a held meeting.
        var decision = await meetings.FindDecisionAsync(unitOfWork, decisionId) ?? throw new NotFoundException("decision", decisionId.ToString());
        project.Agree(decision);
        await projects.UpdateAsync(unitOfWork, project);
        unitOfWork.Publish(new ProjectAgreed
        {
            ProjectId = project.Id,
            Title = project.Title,
            Summary = project.Summary,
            Workstream = project.Workstream,
            DecisionId = decision.Id,
            CooperationAreas = project.CooperationAreas,
            LeadAgencyIds = project.LeadAgencyIds,
        });
        unitOfWork.Publish(StatusChanged(project));
        unitOfWork.Audit(AuditAction.Update, ProjectsAudit.ProjectProposal, project.Id, ["status", "decision_id"]);
        await unitOfWork.CommitAsync();
        return new V1.AgreeProjectResponse { Project = ProjectWire.ToWire(project) };
    }

    /// <remarks>Two queries: the project, then its areas and lead agencies.</remarks>
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetProjectResponse> GetProject(V1.GetProjectRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetProjectResponse { Project = ProjectWire.ToWire(await projects.GetAsync(session, id)) };
    }

    /// <remarks>Two queries whatever the page size: the page, then the areas and lead agencies of all its projects.</remarks>
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListProjectsResponse> ListProjects(V1.ListProjectsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var status = validator.OptionalEnum<V1.ProjectStatus, ProjectStatus>(request.Status, "status");
        var workstream = validator.OptionalEnum<V1.ProjectWorkstream, Workstream>(request.Workstream, "workstream");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await projects.ListAsync(session, status, workstream, page);
        var response = new V1.ListProjectsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Projects.AddRange(found.Select(ProjectWire.ToWire));
        return response;
    }

    private static ProjectStatusChanged StatusChanged(ProjectProposal project) => new()
    {
        ProjectId = project.Id,
        Status = ProjectRepository.Text(project.Status),
    };
}
