using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.Contracts.Messages.Projects;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Projects;

public sealed class ProjectsRpcTests(CapacityBuildingServiceFactory factory) : IClassFixture<CapacityBuildingServiceFactory>
{
    private V1.ProjectsService.ProjectsServiceClient Client(string persona = Personas.UkProjectLead) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task CreateProject_drafts_a_project_in_identification_that_a_get_reads_back_and_audits_it()
    {
        var request = ProjectRequests.NewProject();

        var created = (await Client().CreateProjectAsync(request)).Project;

        Assert.Equal(V1.ProjectStatus.Identification, created.Status);
        Assert.Equal(1, created.Version);
        Assert.Equal(request.TitleBg, created.TitleBg);
        Assert.Equal(["4c"], created.StatementParagraphs);
        Assert.Equal(request.Agencies, created.Agencies);
        Assert.Equal(request.PlannedEnd, created.PlannedEnd);
        var read = (await Client(Personas.Analyst).GetProjectAsync(new V1.GetProjectRequest { ProjectId = created.Id })).Project;
        Assert.Equal(created, read);
        var audit = Assert.Single(await factory.AuditOfAsync(ProjectsAudit.Project, created.Id));
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Equal("CreateProject", audit.Operation);
        Assert.Equal(AuditTrailReader.ActorOf(Personas.UkProjectLead), audit.Actor);
    }

    [Fact]
    public async Task CreateProject_names_every_bad_field()
    {
        var request = ProjectRequests.NewProject();
        request.TitleEn = "";
        request.Type = V1.ProjectType.Unspecified;
        request.StatementParagraphs.Add("paragraph four");
        request.CooperationAreas.Add((TypeV1.CooperationAreaTag)99);
        request.Agencies.Add(new V1.ProjectAgency { AgencyId = "x", Role = V1.AgencyRole.Unspecified });
        request.PlannedEnd = new Google.Type.Date { Year = 2023, Month = 2, Day = 30 };

        foreach (var field in new[] { "title_en", "type", "statement_paragraphs[1]", "cooperation_areas[2]", "agencies[1].agency_id", "agencies[1].role", "planned_end" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().CreateProjectAsync(request).ResponseAsync);
        }
    }

    [Fact]
    public async Task CreateProject_refuses_the_lead_as_its_own_partner_and_an_end_before_the_start()
    {
        var request = ProjectRequests.NewProject(partnerAgencyId: Personas.UkBorderForce);
        request.PlannedEnd = new Google.Type.Date { Year = 2023, Month = 12, Day = 31 };

        await RpcAssert.InvalidArgumentAsync("agencies[0].agency_id", () => Client().CreateProjectAsync(request).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("planned_end", () => Client().CreateProjectAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task CreateProject_for_another_lead_agency_is_permission_denied_but_a_co_chair_may()
    {
        var request = ProjectRequests.NewProject(DevelopmentPersonas.BgBorderPolice, DevelopmentPersonas.UkBorderForce);

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client().CreateProjectAsync(request).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.UkTrainingCoordinator).CreateProjectAsync(request).ResponseAsync);
        var created = (await Client(Personas.UkCoChair).CreateProjectAsync(request)).Project;
        Assert.Equal(DevelopmentPersonas.BgBorderPolice.ToString(), created.LeadAgencyId);
    }

    [Fact]
    public async Task GetProject_answers_invalid_argument_not_found_and_unauthenticated()
    {
        await RpcAssert.InvalidArgumentAsync("project_id", () => Client().GetProjectAsync(new V1.GetProjectRequest { ProjectId = "nope" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().GetProjectAsync(new V1.GetProjectRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated,
            () => new V1.ProjectsService.ProjectsServiceClient(factory.AnonymousChannel).GetProjectAsync(new V1.GetProjectRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task ListProjects_filters_by_agency_status_type_and_area_and_validates_them()
    {
        var agency = Guid.NewGuid();
        var mine = await ProjectRequests.CreatedAsync(factory, ProjectRequests.NewProject(partnerAgencyId: agency));
        await ProjectRequests.CreatedAsync(factory);

        var byAgency = await Client(Personas.Analyst).ListProjectsAsync(new V1.ListProjectsRequest { AgencyId = agency.ToString() });
        var byEverything = await Client(Personas.Analyst).ListProjectsAsync(new V1.ListProjectsRequest
        {
            AgencyId = agency.ToString(), Status = V1.ProjectStatus.Identification, Type = V1.ProjectType.DocumentExamination,
            CooperationArea = TypeV1.CooperationAreaTag.BorderSecurity,
        });
        var none = await Client(Personas.Analyst).ListProjectsAsync(new V1.ListProjectsRequest { AgencyId = agency.ToString(), Status = V1.ProjectStatus.Closed });

        Assert.Equal([mine.Id], byAgency.Projects.Select(p => p.Id));
        Assert.Equal([mine.Id], byEverything.Projects.Select(p => p.Id));
        Assert.Empty(none.Projects);
        foreach (var (field, bad) in new (string, V1.ListProjectsRequest)[]
        {
            ("status", new() { Status = (V1.ProjectStatus)42 }), ("type", new() { Type = (V1.ProjectType)42 }),
            ("cooperation_area", new() { CooperationArea = (TypeV1.CooperationAreaTag)99 }), ("agency_id", new() { AgencyId = "x" }),
            ("page_size", new() { PageSize = -1 }), ("page_token", new() { PageToken = "??" }),
        })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().ListProjectsAsync(bad).ResponseAsync);
        }
    }

    [Fact]
    public async Task ListProjects_and_GetProject_run_a_fixed_number_of_commands()
    {
        var agency = Guid.NewGuid();
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add((await ProjectRequests.CreatedAsync(factory, ProjectRequests.NewProject(partnerAgencyId: agency))).Id);
        }

        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        await Client().ListProjectsAsync(new V1.ListProjectsRequest { AgencyId = agency.ToString(), PageSize = 1 });
        var one = counter.Count;
        counter.Reset();
        var many = await Client().ListProjectsAsync(new V1.ListProjectsRequest { AgencyId = agency.ToString(), PageSize = 12 });
        var manyCount = counter.Count;
        counter.Reset();
        await Client().GetProjectAsync(new V1.GetProjectRequest { ProjectId = ids[0] });
        var get = counter.Count;

        Assert.Equal(12, many.Projects.Count);
        Assert.All(many.Projects, p => Assert.Single(p.Agencies));
        Assert.Equal(one, manyCount);
        Assert.InRange(one, 1, 3);
        Assert.InRange(get, 1, 3);
    }

    [Fact]
    public async Task ChangeProjectStatus_commences_and_closes_announcing_both_to_the_working_group()
    {
        var project = await ProjectRequests.InImplementationAsync(factory);
        Assert.Equal(V1.ProjectStatus.Implementation, project.Status);
        Assert.Equal(2, project.Version);
        Assert.NotNull(project.ActualStart);

        project = (await Client().ChangeProjectStatusAsync(new V1.ChangeProjectStatusRequest { ProjectId = project.Id, Version = project.Version, Status = V1.ProjectStatus.Finalisation })).Project;
        project = (await Client().ChangeProjectStatusAsync(new V1.ChangeProjectStatusRequest { ProjectId = project.Id, Version = project.Version, Status = V1.ProjectStatus.Closed })).Project;

        Assert.Equal(V1.ProjectStatus.Closed, project.Status);
        Assert.Equal(4, project.Version);
        var commenced = Assert.Single(await factory.OutboxAsync<ProjectCommenced>(), e => e.ProjectId.ToString() == project.Id);
        Assert.Equal(Workstream.CapacityBuilding, commenced.Workstream);
        Assert.Equal(new DateOnly(2023, 11, 13), commenced.CommencedOn);
        var completed = Assert.Single(await factory.OutboxAsync<ProjectCompleted>(), e => e.ProjectId.ToString() == project.Id);
        Assert.True(completed.Delivered);
        Assert.Equal(4, (await factory.AuditOfAsync(ProjectsAudit.Project, project.Id)).Count);
    }

    [Fact]
    public async Task ChangeProjectStatus_cancelling_needs_a_reason_and_announces_an_undelivered_completion()
    {
        var project = await ProjectRequests.CreatedAsync(factory);

        await RpcAssert.InvalidArgumentAsync("reason", () => Client().ChangeProjectStatusAsync(
            new V1.ChangeProjectStatusRequest { ProjectId = project.Id, Version = project.Version, Status = V1.ProjectStatus.Cancelled }).ResponseAsync);
        var cancelled = (await Client().ChangeProjectStatusAsync(new V1.ChangeProjectStatusRequest
        {
            ProjectId = project.Id, Version = project.Version, Status = V1.ProjectStatus.Cancelled, Reason = "The beneficiary withdrew.",
        })).Project;

        Assert.Equal("The beneficiary withdrew.", cancelled.StatusReason);
        var completed = Assert.Single(await factory.OutboxAsync<ProjectCompleted>(), e => e.ProjectId.ToString() == project.Id);
        Assert.False(completed.Delivered);
        Assert.DoesNotContain(await factory.OutboxAsync<ProjectCommenced>(), e => e.ProjectId.ToString() == project.Id);
    }

    [Fact]
    public async Task ChangeProjectStatus_refuses_a_stale_version_a_move_out_of_order_bad_fields_and_unknown_projects()
    {
        var project = await ProjectRequests.InImplementationAsync(factory);

        await RpcAssert.FailedPreconditionAsync(ProjectRules.StaleVersion, () => Client().ChangeProjectStatusAsync(
            new V1.ChangeProjectStatusRequest { ProjectId = project.Id, Version = project.Version - 1, Status = V1.ProjectStatus.Finalisation }).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(ProjectRules.ProjectStatusFollowsTheLifeCycle, () => Client().ChangeProjectStatusAsync(
            new V1.ChangeProjectStatusRequest { ProjectId = project.Id, Version = project.Version, Status = V1.ProjectStatus.Closed }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().ChangeProjectStatusAsync(
            new V1.ChangeProjectStatusRequest { ProjectId = Guid.NewGuid().ToString(), Version = 1, Status = V1.ProjectStatus.Closed }).ResponseAsync);
        foreach (var field in new[] { "project_id", "version", "status" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().ChangeProjectStatusAsync(new V1.ChangeProjectStatusRequest { ProjectId = "x" }).ResponseAsync);
        }

        var unchanged = (await Client().GetProjectAsync(new V1.GetProjectRequest { ProjectId = project.Id })).Project;
        Assert.Equal(project, unchanged);
    }

    [Fact]
    public async Task ChangeProjectStatus_by_another_agency_or_a_beneficiary_is_permission_denied_but_a_partner_may()
    {
        var beneficiaryProject = await ProjectRequests.CreatedAsync(factory);
        var partnered = ProjectRequests.NewProject();
        partnered.Agencies[0].Role = V1.AgencyRole.Partner;
        var partnerProject = await ProjectRequests.CreatedAsync(factory, partnered);
        var bgLead = new V1.ProjectsService.ProjectsServiceClient(factory.ChannelFor(Personas.BgProjectLead));

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => bgLead.ChangeProjectStatusAsync(new V1.ChangeProjectStatusRequest
        {
            ProjectId = beneficiaryProject.Id, Version = beneficiaryProject.Version, Status = V1.ProjectStatus.Implementation,
        }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).ChangeProjectStatusAsync(new V1.ChangeProjectStatusRequest
        {
            ProjectId = beneficiaryProject.Id, Version = beneficiaryProject.Version, Status = V1.ProjectStatus.Implementation,
        }).ResponseAsync);
        var moved = (await bgLead.ChangeProjectStatusAsync(new V1.ChangeProjectStatusRequest
        {
            ProjectId = partnerProject.Id, Version = partnerProject.Version, Status = V1.ProjectStatus.Implementation,
        })).Project;
        Assert.Equal(V1.ProjectStatus.Implementation, moved.Status);
    }
}
