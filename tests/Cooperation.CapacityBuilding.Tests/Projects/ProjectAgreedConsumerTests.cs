using Cooperation.CapacityBuilding.Projects;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;
using Grpc.Core;
using MassTransit;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Projects;

public sealed class ProjectAgreedConsumerTests(CapacityBuildingServiceFactory factory) : IClassFixture<CapacityBuildingServiceFactory>
{
    private V1.ProjectsService.ProjectsServiceClient Client => new(factory.ChannelFor(Personas.Analyst));

    [Fact]
    public async Task An_agreed_capacity_building_project_becomes_a_project_exactly_once()
    {
        var partner = Guid.NewGuid();
        var agreed = Agreed(Workstream.CapacityBuilding, [Personas.UkBorderForce, partner]);

        await DeliverAsync(agreed);
        await DeliverAsync(agreed);                                  // the broker's redelivery: same message id
        await DeliverAsync(agreed with { EventId = Guid.NewGuid() }); // announced again: another message, same project

        var project = (await Client.GetProjectAsync(new V1.GetProjectRequest { ProjectId = agreed.ProjectId.ToString() })).Project;
        Assert.Equal(agreed.Title, project.TitleEn);
        Assert.Equal(V1.ProjectStatus.Identification, project.Status);
        Assert.Equal(V1.ProjectType.Unspecified, project.Type);
        Assert.Equal([TypeV1.CooperationAreaTag.BorderSecurity, TypeV1.CooperationAreaTag.InvestigativeAndIntelligenceTechniques], project.CooperationAreas);
        Assert.Equal(Personas.UkBorderForce.ToString(), project.LeadAgencyId);
        Assert.Equal(new V1.ProjectAgency { AgencyId = partner.ToString(), Role = V1.AgencyRole.Partner }, Assert.Single(project.Agencies));
        Assert.Equal(agreed.DecisionId.ToString(), project.DecisionId);
        Assert.Single(await factory.AuditOfAsync(ProjectsAudit.Project, agreed.ProjectId.ToString()));
    }

    [Fact]
    public async Task A_training_project_is_not_taken_up_but_recorded_as_received()
    {
        var agreed = Agreed(Workstream.Training, [Personas.UkBorderForce]);

        await DeliverAsync(agreed);

        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.GetProjectAsync(new V1.GetProjectRequest { ProjectId = agreed.ProjectId.ToString() }).ResponseAsync);
        Assert.Single(await factory.AuditOfAsync(ProjectsAudit.InboxMessage, agreed.EventId.ToString()));
    }

    [Fact]
    public async Task A_project_proposed_from_here_comes_back_agreed_as_the_same_project_not_a_second_one()
    {
        var beneficiary = Guid.NewGuid();
        var draft = await ProjectRequests.CreatedAsync(factory, ProjectRequests.NewProject(partnerAgencyId: beneficiary));
        var lead = new V1.ProjectsService.ProjectsServiceClient(factory.ChannelFor(Personas.UkProjectLead));
        var proposed = (await lead.ProposeToWorkingGroupAsync(new V1.ProposeToWorkingGroupRequest { ProjectId = draft.Id, Version = draft.Version })).Project;
        var agreed = Agreed(Workstream.CapacityBuilding, [Personas.UkBorderForce]) with { ProjectId = Guid.Parse(draft.Id), Title = draft.TitleEn };

        await DeliverAsync(agreed);
        await DeliverAsync(agreed with { EventId = Guid.NewGuid(), DecisionId = Guid.NewGuid() }); // announced again: the first decision stands

        var project = (await Client.GetProjectAsync(new V1.GetProjectRequest { ProjectId = draft.Id })).Project;
        Assert.Equal(agreed.DecisionId.ToString(), project.DecisionId);
        Assert.Equal((proposed.Version + 1, draft.TitleBg, draft.Type), (project.Version, project.TitleBg, project.Type));
        Assert.Equal(draft.Agencies, project.Agencies);
        Assert.Equal([draft.Id], (await Client.ListProjectsAsync(new V1.ListProjectsRequest { AgencyId = beneficiary.ToString() })).Projects.Select(p => p.Id));
        var audit = await factory.AuditOfAsync(ProjectsAudit.Project, draft.Id);
        Assert.Equal(["CreateProject", "ProposeToWorkingGroup", "ProjectAgreed"], audit.Select(r => r.Operation));
    }

    /// <summary>A project the working group agreed, taken up here through the consumer.</summary>
    internal static async Task<V1.Project> AgreedProjectAsync(CapacityBuildingServiceFactory factory)
    {
        var tests = new ProjectAgreedConsumerTests(factory);
        var agreed = tests.Agreed(Workstream.CapacityBuilding, [Personas.UkBorderForce]);
        await tests.DeliverAsync(agreed);
        return (await tests.Client.GetProjectAsync(new V1.GetProjectRequest { ProjectId = agreed.ProjectId.ToString() })).Project;
    }

    private async Task DeliverAsync(ProjectAgreed agreed)
    {
        var counter = new ConsumeCounter<ProjectAgreed>();
        using var observing = factory.Harness.Bus.ConnectConsumeMessageObserver(counter);
        await factory.Harness.Bus.Publish(agreed, c => c.MessageId = agreed.EventId);
        await Eventually.WaitUntilAsync(() => Task.FromResult(counter.Consumed + counter.Faulted > 0), $"ProjectAgreed {agreed.EventId} is consumed");
        Assert.Equal(0, counter.Faulted);
    }

    private ProjectAgreed Agreed(Workstream workstream, IReadOnlyList<Guid> leads) => new()
    {
        OccurredAt = factory.Clock.GetUtcNow(),
        ProjectId = Guid.NewGuid(),
        Title = "Detection equipment for the green border",
        Summary = "Thermal cameras and the training to run them.",
        Workstream = workstream,
        DecisionId = Guid.NewGuid(),
        CooperationAreas = ["border_security", "investigative_and_intelligence_techniques", "not_an_area"],
        LeadAgencyIds = leads,
    };
}
