using Cooperation.BuildingBlocks.Audit;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using MassTransit;
using MassTransit.Testing;
using ProjectStatus = Cooperation.Contracts.WorkingGroup.V1.ProjectStatus;

namespace Cooperation.WorkingGroup.Tests.Projects;

/// <summary>The project consumers, driven through MassTransit's in-memory test harness.</summary>
public sealed class ProjectConsumerTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly WorkingGroupServiceFactory _factory = factory;

    [Fact]
    public async Task A_duplicated_ProjectCommenced_has_one_effect()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var project = await _factory.AgreedAsync(programme, ProjectWorkstream.Training);
        var commenced = new ProjectCommenced { ProjectId = Guid.Parse(project.Id), Workstream = Workstream.Training, CommencedOn = new DateOnly(2024, 1, 8) };

        await PublishTwiceAsync(commenced);

        var stored = await GetAsync(project);
        Assert.Equal((ProjectStatus.Commenced, "2024-01-08"), (stored.Status, WireDates.Text(stored.CommencedOn)));
        Assert.Equal(["proposed", "agreed", "commenced"], (await _factory.OutboxAsync<ProjectStatusChanged>()).Where(e => e.ProjectId == commenced.ProjectId).Select(e => e.Status));
        // The effect is audited once, as the service itself; the redelivered copy leaves no record.
        var records = await _factory.AuditOfAsync("ProjectProposal", project.Id);
        Assert.Equal(["ProposeProject", "AgreeProject", "ProjectCommenced"], records.Select(r => r.Operation));
        Assert.Equal((WorkingGroupActor.System, AuditAction.Update), (records[2].Actor, records[2].Action));
        Assert.Equal(["status", "commenced_on"], records[2].Fields);
        Assert.DoesNotContain(await _factory.AuditOfAsync("InboxMessage"), r => r.ResourceId == commenced.EventId.ToString());
    }

    [Fact]
    public async Task ProjectCompleted_completes_a_delivered_project_and_closes_an_undelivered_one()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var delivered = await _factory.AgreedAsync(programme, ProjectWorkstream.CapacityBuilding);
        var undelivered = await _factory.AgreedAsync(programme, ProjectWorkstream.Training);

        await PublishTwiceAsync(new ProjectCompleted { ProjectId = Guid.Parse(delivered.Id), Workstream = Workstream.CapacityBuilding, CompletedOn = new DateOnly(2024, 6, 1), Delivered = true });
        await PublishTwiceAsync(new ProjectCompleted { ProjectId = Guid.Parse(undelivered.Id), Workstream = Workstream.Training, CompletedOn = new DateOnly(2024, 6, 2), Delivered = false });

        Assert.Equal((ProjectStatus.Completed, "2024-06-01"), ((await GetAsync(delivered)).Status, WireDates.Text((await GetAsync(delivered)).CompletedOn)));
        Assert.Equal(ProjectStatus.Closed, (await GetAsync(undelivered)).Status);
        Assert.Equal(1, (await _factory.OutboxAsync<ProjectStatusChanged>()).Count(e => e.ProjectId == Guid.Parse(delivered.Id) && e.Status == "completed"));
        var completed = Assert.Single(await _factory.AuditOfAsync("ProjectProposal", delivered.Id), r => r.Actor == WorkingGroupActor.System);
        Assert.Equal("ProjectCompleted", completed.Operation);
        Assert.Equal(["status", "completed_on"], completed.Fields);
    }

    [Fact]
    public async Task A_commencement_for_an_unknown_project_is_ignored()
    {
        await _factory.SharedProgrammeAsync();
        var commenced = new ProjectCommenced { ProjectId = Guid.NewGuid(), Workstream = Workstream.Training, CommencedOn = new DateOnly(2024, 1, 8) };

        await _factory.Harness.Bus.Publish(commenced, c => c.MessageId = commenced.EventId);

        // The shared harness went idle long ago, so its own Any() no longer waits: wait on the condition.
        await Eventually.UntilAsync(() => _factory.Harness.Consumed.Select<ProjectCommenced>(x => x.Context.MessageId == commenced.EventId).Any(),
            "the commencement is consumed");
        Assert.False(await _factory.Harness.Published.Any<Fault<ProjectCommenced>>(x => x.Context.Message.Message.ProjectId == commenced.ProjectId));
        Assert.DoesNotContain(await _factory.OutboxAsync<ProjectStatusChanged>(), e => e.ProjectId == commenced.ProjectId);
        // Nothing changed, but the inbox row committed: the receipt is audited as the service.
        var receipt = Assert.Single(await _factory.AuditOfAsync("InboxMessage"), r => r.ResourceId == commenced.EventId.ToString());
        Assert.Equal((commenced.EventId.ToString(), "ProjectCommenced", WorkingGroupActor.Subject),
            (receipt.ResourceId, receipt.Operation, receipt.Actor.Subject));
        Assert.Empty(await _factory.AuditOfAsync("ProjectProposal", commenced.ProjectId.ToString()));
    }

    [Fact]
    public async Task A_commencement_for_a_project_not_yet_agreed_fails_to_the_error_queue()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var project = await _factory.ProposeAsync(programme, ProjectWorkstream.Training);
        var commenced = new ProjectCommenced { ProjectId = Guid.Parse(project.Id), Workstream = Workstream.Training, CommencedOn = new DateOnly(2024, 1, 8) };

        await _factory.Harness.Bus.Publish(commenced, c => c.MessageId = commenced.EventId);

        // The fault is published once the endpoint's retries are spent.
        await Eventually.UntilAsync(() => _factory.Harness.Published.Select<Fault<ProjectCommenced>>(x => x.Context.Message.Message.ProjectId == commenced.ProjectId).Any(),
            "the fault is published");
        Assert.Equal(ProjectStatus.Proposed, (await GetAsync(project)).Status);
        Assert.DoesNotContain(await _factory.AuditOfAsync("ProjectProposal", project.Id), r => r.Actor == WorkingGroupActor.System);
    }

    private async Task PublishTwiceAsync<T>(T message)
        where T : Contracts.Messages.IntegrationEvent
    {
        var harness = _factory.Harness;
        var counter = new ConsumeCounter<T>();
        using var observing = harness.Bus.ConnectConsumeMessageObserver(counter);
        for (var copy = 1; copy <= 2; copy++)
        {
            // The same message id both times: what a redelivery after a lost acknowledgement looks like.
            await harness.Bus.Publish(message, c => c.MessageId = message.EventId);
            var expected = copy;
            await Eventually.WaitUntilAsync(() => Task.FromResult(counter.Consumed >= expected), $"copy {copy} of {typeof(T).Name} is consumed");
        }
    }

    private async Task<Project> GetAsync(Project project) =>
        (await _factory.Projects().GetProjectAsync(new GetProjectRequest { ProjectId = project.Id })).Project;
}
