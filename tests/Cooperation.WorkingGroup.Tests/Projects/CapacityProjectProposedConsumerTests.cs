using Cooperation.BuildingBlocks.Audit;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using MassTransit;
using ProjectStatus = Cooperation.Contracts.WorkingGroup.V1.ProjectStatus;

namespace Cooperation.WorkingGroup.Tests.Projects;

/// <summary>A project drafted in capacity building and proposed to the working group, through MassTransit's in-memory test harness.</summary>
public sealed class CapacityProjectProposedConsumerTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    [Fact]
    public async Task A_proposal_delivered_twice_and_announced_again_becomes_one_proposal_with_the_same_id()
    {
        var programme = await factory.SharedProgrammeAsync();
        var proposed = Proposed([programme.UkAgency]);

        await DeliverAsync(proposed);
        await DeliverAsync(proposed);                                  // the broker's redelivery: same message id
        await DeliverAsync(proposed with { EventId = Guid.NewGuid() }); // announced again: another message, same project

        var project = (await factory.Projects().GetProjectAsync(new GetProjectRequest { ProjectId = proposed.ProjectId.ToString() })).Project;
        Assert.Equal((ProjectStatus.Proposed, ProjectWorkstream.CapacityBuilding), (project.Status, project.Workstream));
        Assert.Equal((proposed.TitleEn, proposed.Summary), (project.Title, project.Summary));
        Assert.Equal([programme.UkAgency.ToString()], project.LeadAgencyIds);
        var record = Assert.Single(await factory.AuditOfAsync("ProjectProposal", proposed.ProjectId.ToString()));
        Assert.Equal((WorkingGroupActor.System, AuditAction.Create, "CapacityProjectProposed"), (record.Actor, record.Action, record.Operation));
        Assert.Single(await factory.OutboxAsync<Contracts.Messages.WorkingGroup.ProjectStatusChanged>(), e => e.ProjectId == proposed.ProjectId);
    }

    [Fact]
    public async Task A_proposal_for_a_project_id_the_working_group_knows_changes_nothing()
    {
        var programme = await factory.SharedProgrammeAsync();
        var known = await factory.ProposeAsync(programme, ProjectWorkstream.Training);
        var proposed = Proposed([programme.UkAgency]) with { ProjectId = Guid.Parse(known.Id) };

        await DeliverAsync(proposed);

        var project = (await factory.Projects().GetProjectAsync(new GetProjectRequest { ProjectId = known.Id })).Project;
        Assert.Equal(known, project);
        Assert.Single(await factory.AuditOfAsync("InboxMessage"), r => r.ResourceId == proposed.EventId.ToString());
    }

    [Fact]
    public async Task A_proposal_naming_a_lead_agency_the_working_group_does_not_know_is_recorded_as_received()
    {
        await factory.SharedProgrammeAsync();
        var proposed = Proposed([Guid.NewGuid()]);

        await DeliverAsync(proposed);

        Assert.Empty(await factory.AuditOfAsync("ProjectProposal", proposed.ProjectId.ToString()));
        Assert.Single(await factory.AuditOfAsync("InboxMessage"), r => r.ResourceId == proposed.EventId.ToString());
    }

    private async Task DeliverAsync(CapacityProjectProposed proposed)
    {
        var counter = new ConsumeCounter<CapacityProjectProposed>();
        using var observing = factory.Harness.Bus.ConnectConsumeMessageObserver(counter);
        await factory.Harness.Bus.Publish(proposed, c => c.MessageId = proposed.EventId);
        // A fault never counts as consumed, so a failing consumer fails this wait.
        await Eventually.WaitUntilAsync(() => Task.FromResult(counter.Consumed > 0), $"CapacityProjectProposed {proposed.EventId} is consumed");
    }

    private static CapacityProjectProposed Proposed(IReadOnlyList<Guid> leads) => new()
    {
        ProjectId = Guid.NewGuid(),
        TitleEn = "Document examination stations at the Kapitan Andreevo crossing",
        Summary = "Equipment and training to detect forged travel documents.",
        CooperationAreas = ["border_security", "not_an_area"],
        LeadAgencyIds = leads,
        ProposedAt = new DateTimeOffset(2023, 11, 13, 9, 0, 0, TimeSpan.Zero),
    };
}
