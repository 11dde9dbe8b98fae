using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Contracts.Type.V1;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Grpc.Core;
using ProjectRules = Cooperation.WorkingGroup.Projects.ProjectRules;
using Workstream = Cooperation.Contracts.Messages.Projects.Workstream;

namespace Cooperation.WorkingGroup.Tests.Projects;

/// <summary>The projects RPCs on one shared host: each test proposes its own projects and looks only at those.</summary>
public sealed class ProjectsGrpcTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly WorkingGroupServiceFactory _factory = factory;

    private ProjectsService.ProjectsServiceClient Client => _factory.Projects();

    [Fact]
    public async Task ProposeProject_stores_and_returns_the_proposal()
    {
        var programme = await _factory.SharedProgrammeAsync();

        var project = await _factory.ProposeAsync(programme, ProjectWorkstream.CapacityBuilding);

        Assert.Equal(ProjectStatus.Proposed, project.Status);
        Assert.Equal([CooperationAreaTag.BorderSecurity, CooperationAreaTag.InformationSharing], project.CooperationAreas);
        Assert.Equal(new[] { programme.BgAgency.ToString(), programme.UkAgency.ToString() }.Order(), project.LeadAgencyIds.Order());
        Assert.Equal(project, (await Client.GetProjectAsync(new GetProjectRequest { ProjectId = project.Id })).Project);
        Assert.Equal("proposed", Assert.Single(await _factory.OutboxAsync<ProjectStatusChanged>(), e => e.ProjectId == Guid.Parse(project.Id)).Status);
    }

    [Fact]
    public async Task ProposeProject_names_every_invalid_field_and_unknown_agencies()
    {
        var request = new ProposeProjectRequest { CooperationAreas = { CooperationAreaTag.Unspecified }, LeadAgencyIds = { "x" } };

        foreach (var field in new[] { "title", "summary", "workstream", "cooperation_areas[0]", "lead_agency_ids[0]" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client.ProposeProjectAsync(request).ResponseAsync);
        }

        await RpcAssert.InvalidArgumentAsync("lead_agency_ids", () => Client.ProposeProjectAsync(new ProposeProjectRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client.ProposeProjectAsync(new ProposeProjectRequest
        {
            Title = "t", Summary = "s", Workstream = ProjectWorkstream.Training, LeadAgencyIds = { Guid.NewGuid().ToString() },
        }).ResponseAsync);
    }

    [Fact]
    public async Task AgreeProject_by_a_confirmed_binding_decision_publishes_ProjectAgreed_and_ProjectStatusChanged_once()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var project = await _factory.ProposeAsync(programme, ProjectWorkstream.Training);
        var decision = await _factory.DecideJointlyAsync(await _factory.HoldAsync(programme));

        var agreed = (await Client.AgreeProjectAsync(new AgreeProjectRequest { ProjectId = project.Id, DecisionId = decision.Id })).Project;

        Assert.Equal((ProjectStatus.Agreed, decision.Id), (agreed.Status, agreed.DecisionId));
        var announced = Assert.Single(await _factory.OutboxAsync<ProjectAgreed>(), e => e.ProjectId == Guid.Parse(project.Id));
        Assert.Equal((Guid.Parse(project.Id), Workstream.Training, Guid.Parse(decision.Id)),
            (announced.ProjectId, announced.Workstream, announced.DecisionId));
        Assert.Equal(["border_security", "information_sharing"], announced.CooperationAreas);
        Assert.Equal(["proposed", "agreed"], (await _factory.OutboxAsync<ProjectStatusChanged>()).Where(e => e.ProjectId == Guid.Parse(project.Id)).Select(e => e.Status));
        // The answer is the stored project.
        Assert.Equal(agreed, (await Client.GetProjectAsync(new GetProjectRequest { ProjectId = project.Id })).Project);
    }

    [Fact]
    public async Task AgreeProject_refuses_a_non_binding_or_unconfirmed_decision_and_a_second_agreement()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var project = await _factory.ProposeAsync(programme, ProjectWorkstream.Training);
        var held = await _factory.HoldAsync(programme);
        var nonBinding = await _factory.DecideAsync(held, binding: false);
        var binding = await _factory.DecideAsync(held, binding: true);

        await RpcAssert.FailedPreconditionAsync(ProjectRules.ProjectsAreAgreedByBindingDecisions,
            () => Client.AgreeProjectAsync(new AgreeProjectRequest { ProjectId = project.Id, DecisionId = nonBinding.Id }).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(ProjectRules.ProjectsAreAgreedByConfirmedDecisions,
            () => Client.AgreeProjectAsync(new AgreeProjectRequest { ProjectId = project.Id, DecisionId = binding.Id }).ResponseAsync);
        await _factory.ConfirmAsync(binding);
        await Client.AgreeProjectAsync(new AgreeProjectRequest { ProjectId = project.Id, DecisionId = binding.Id });
        await RpcAssert.FailedPreconditionAsync(ProjectRules.OnlyProposedProjectsCanBeAgreed,
            () => Client.AgreeProjectAsync(new AgreeProjectRequest { ProjectId = project.Id, DecisionId = binding.Id }).ResponseAsync);
        Assert.Single(await _factory.OutboxAsync<ProjectAgreed>(), e => e.ProjectId == Guid.Parse(project.Id));
    }

    [Fact]
    public async Task AgreeProject_validates_and_answers_not_found()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var project = await _factory.ProposeAsync(programme, ProjectWorkstream.Training);

        await RpcAssert.InvalidArgumentAsync("project_id", () => Client.AgreeProjectAsync(new AgreeProjectRequest { DecisionId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("decision_id", () => Client.AgreeProjectAsync(new AgreeProjectRequest { ProjectId = project.Id, DecisionId = "x" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.AgreeProjectAsync(new AgreeProjectRequest { ProjectId = project.Id, DecisionId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.AgreeProjectAsync(new AgreeProjectRequest { ProjectId = Guid.NewGuid().ToString(), DecisionId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task GetProject_validates_and_answers_not_found()
    {
        await RpcAssert.InvalidArgumentAsync("project_id", () => Client.GetProjectAsync(new GetProjectRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client.GetProjectAsync(new GetProjectRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
    }
}
