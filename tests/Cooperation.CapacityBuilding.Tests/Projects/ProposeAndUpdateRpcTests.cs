using Cooperation.BuildingBlocks.Audit;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Projects;

public sealed class ProposeAndUpdateRpcTests(CapacityBuildingServiceFactory factory) : IClassFixture<CapacityBuildingServiceFactory>
{
    private V1.ProjectsService.ProjectsServiceClient Client(string persona = Personas.UkProjectLead) => new(factory.ChannelFor(persona));

    private V1.ProjectsService.ProjectsServiceClient BgLead => new(factory.ChannelFor(Personas.BgProjectLead));

    [Fact]
    public async Task ProposeToWorkingGroup_announces_the_draft_through_the_outbox_once_and_audits_it()
    {
        var draft = await ProjectRequests.CreatedAsync(factory);

        var proposed = (await Client().ProposeToWorkingGroupAsync(new V1.ProposeToWorkingGroupRequest { ProjectId = draft.Id, Version = draft.Version })).Project;

        Assert.Equal((2L, V1.ProjectStatus.Identification), (proposed.Version, proposed.Status));
        Assert.NotNull(proposed.ProposedAt);
        var announced = Assert.Single(await factory.OutboxAsync<CapacityProjectProposed>(), e => e.ProjectId.ToString() == draft.Id);
        Assert.Equal((draft.TitleEn, draft.DescriptionEn), (announced.TitleEn, announced.Summary));
        Assert.Equal(["border_security", "capacity_building"], announced.CooperationAreas);
        Assert.Equal([Personas.UkBorderForce], announced.LeadAgencyIds);
        var audit = await factory.AuditOfAsync(ProjectsAudit.Project, draft.Id);
        Assert.Equal(["CreateProject", "ProposeToWorkingGroup"], audit.Select(r => r.Operation));
        Assert.Equal(AuditAction.Update, audit[1].Action);

        await RpcAssert.FailedPreconditionAsync(ProjectRules.OnlyUnproposedDraftsInIdentificationAreProposed,
            () => Client().ProposeToWorkingGroupAsync(new V1.ProposeToWorkingGroupRequest { ProjectId = draft.Id, Version = proposed.Version }).ResponseAsync);
        Assert.Single(await factory.OutboxAsync<CapacityProjectProposed>(), e => e.ProjectId.ToString() == draft.Id);
    }

    [Fact]
    public async Task ProposeToWorkingGroup_refuses_a_project_past_identification_a_stale_version_bad_fields_and_unknown_projects()
    {
        var running = await ProjectRequests.InImplementationAsync(factory);
        var draft = await ProjectRequests.CreatedAsync(factory);

        await RpcAssert.FailedPreconditionAsync(ProjectRules.OnlyUnproposedDraftsInIdentificationAreProposed,
            () => Client().ProposeToWorkingGroupAsync(new V1.ProposeToWorkingGroupRequest { ProjectId = running.Id, Version = running.Version }).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(ProjectRules.StaleVersion,
            () => Client().ProposeToWorkingGroupAsync(new V1.ProposeToWorkingGroupRequest { ProjectId = draft.Id, Version = draft.Version + 1 }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().ProposeToWorkingGroupAsync(new V1.ProposeToWorkingGroupRequest { ProjectId = Guid.NewGuid().ToString(), Version = 1 }).ResponseAsync);
        foreach (var field in new[] { "project_id", "version" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().ProposeToWorkingGroupAsync(new V1.ProposeToWorkingGroupRequest { ProjectId = "x" }).ResponseAsync);
        }

        Assert.DoesNotContain(await factory.OutboxAsync<CapacityProjectProposed>(), e => e.ProjectId.ToString() == draft.Id || e.ProjectId.ToString() == running.Id);
    }

    [Fact]
    public async Task ProposeToWorkingGroup_by_a_partner_or_another_agency_is_permission_denied_but_a_co_chair_may()
    {
        var partnered = ProjectRequests.NewProject();
        partnered.Agencies[0].Role = V1.AgencyRole.Partner;
        var draft = await ProjectRequests.CreatedAsync(factory, partnered);
        var request = new V1.ProposeToWorkingGroupRequest { ProjectId = draft.Id, Version = draft.Version };

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => BgLead.ProposeToWorkingGroupAsync(request).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).ProposeToWorkingGroupAsync(request).ResponseAsync);
        var proposed = (await Client(Personas.UkCoChair).ProposeToWorkingGroupAsync(request)).Project;
        Assert.NotNull(proposed.ProposedAt);
    }

    [Fact]
    public async Task UpdateProject_replaces_the_details_at_the_next_version_and_audits_them()
    {
        var draft = await ProjectRequests.CreatedAsync(factory);
        var request = Update(draft);

        var updated = (await Client().UpdateProjectAsync(request)).Project;

        Assert.Equal((2L, "Нов заглавие", V1.ProjectType.BorderSecuritySystems), (updated.Version, updated.TitleBg, updated.Type));
        Assert.Equal(["4c", "5"], updated.StatementParagraphs);
        Assert.Equal([TypeV1.CooperationAreaTag.BorderSecurity], updated.CooperationAreas);
        Assert.Null(updated.PlannedStart);
        Assert.Equal(draft.Agencies, updated.Agencies);
        Assert.Equal(updated, (await Client().GetProjectAsync(new V1.GetProjectRequest { ProjectId = draft.Id })).Project);
        var audit = (await factory.AuditOfAsync(ProjectsAudit.Project, draft.Id))[^1];
        Assert.Equal(("UpdateProject", AuditAction.Update), (audit.Operation, audit.Action));
        Assert.Contains("title_bg", audit.Fields);
    }

    [Fact]
    public async Task UpdateProject_completes_a_project_the_working_group_agreed()
    {
        var agreed = await ProjectAgreedConsumerTests.AgreedProjectAsync(factory);

        var updated = (await Client().UpdateProjectAsync(Update(agreed))).Project;

        Assert.Equal((V1.ProjectType.BorderSecuritySystems, "Нов заглавие"), (updated.Type, updated.TitleBg));
        Assert.Equal(agreed.DecisionId, updated.DecisionId);
    }

    [Fact]
    public async Task UpdateProject_names_every_bad_field_and_refuses_a_stale_version_and_unknown_projects()
    {
        var draft = await ProjectRequests.CreatedAsync(factory);
        var bad = Update(draft);
        bad.ProjectId = "x";
        bad.Version = 0;
        bad.TitleBg = "";
        bad.DescriptionEn = new string('a', 4001);
        bad.Type = (V1.ProjectType)42;
        bad.StatementParagraphs.Add("four");
        bad.CooperationAreas.Add((TypeV1.CooperationAreaTag)99);
        bad.PlannedStart = new Google.Type.Date { Year = 2025, Month = 1, Day = 1 };
        bad.PlannedEnd = new Google.Type.Date { Year = 2024, Month = 1, Day = 1 };

        foreach (var field in new[] { "project_id", "version", "title_bg", "description_en", "type", "statement_paragraphs[2]", "cooperation_areas[1]", "planned_end" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().UpdateProjectAsync(bad).ResponseAsync);
        }

        var stale = Update(draft);
        stale.Version = draft.Version + 1;
        await RpcAssert.FailedPreconditionAsync(ProjectRules.StaleVersion, () => Client().UpdateProjectAsync(stale).ResponseAsync);
        var unknown = Update(draft);
        unknown.ProjectId = Guid.NewGuid().ToString();
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().UpdateProjectAsync(unknown).ResponseAsync);
        Assert.Equal(draft, (await Client().GetProjectAsync(new V1.GetProjectRequest { ProjectId = draft.Id })).Project);
    }

    [Fact]
    public async Task UpdateProject_by_a_beneficiary_or_another_agency_is_permission_denied_but_a_partner_may()
    {
        var beneficiaryProject = await ProjectRequests.CreatedAsync(factory);
        var partnered = ProjectRequests.NewProject();
        partnered.Agencies[0].Role = V1.AgencyRole.Partner;
        var partnerProject = await ProjectRequests.CreatedAsync(factory, partnered);

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => BgLead.UpdateProjectAsync(Update(beneficiaryProject)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).UpdateProjectAsync(Update(beneficiaryProject)).ResponseAsync);
        var updated = (await BgLead.UpdateProjectAsync(Update(partnerProject))).Project;
        Assert.Equal("Нов заглавие", updated.TitleBg);
    }

    private static V1.UpdateProjectRequest Update(V1.Project project)
    {
        var request = new V1.UpdateProjectRequest
        {
            ProjectId = project.Id,
            Version = project.Version,
            TitleEn = "Thermal cameras for the green border",
            TitleBg = "Нов заглавие",
            DescriptionEn = "Cameras and the training to run them.",
            DescriptionBg = "Камери и обучение за работа с тях.",
            Type = V1.ProjectType.BorderSecuritySystems,
            PlannedEnd = new Google.Type.Date { Year = 2025, Month = 12, Day = 31 },
        };
        request.StatementParagraphs.Add("4c");
        request.StatementParagraphs.Add("5");
        request.CooperationAreas.Add(TypeV1.CooperationAreaTag.BorderSecurity);
        return request;
    }
}
