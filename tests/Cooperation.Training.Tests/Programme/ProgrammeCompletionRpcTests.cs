using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Training.Programme;
using Cooperation.Training.Tests.Completion;
using Cooperation.Training.Tests.Events;
using Cooperation.Training.Tests.Infrastructure;
using Grpc.Core;
using MassTransit;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Programme;

/// <summary>A programme item completes once: delivered by its events, or closed undelivered by a co-chair.</summary>
public sealed class ProgrammeCompletionRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    private V1.ProgrammeService.ProgrammeServiceClient CoChair => new(factory.ChannelFor(Personas.UkCoChair));

    [Fact]
    public async Task The_item_is_delivered_once_when_every_event_delivering_it_is_completed()
    {
        var projectId = await AgreedAsync();
        var (first, firstBookings) = await ScheduledEvents.ScheduleAsync(factory, 1, programmeItemId: projectId);
        var (second, secondBookings) = await ScheduledEvents.ScheduleAsync(factory, 1, programmeItemId: projectId);

        await ScheduledEvents.HoldAndCompleteAsync(factory, first, firstBookings);
        Assert.DoesNotContain(await factory.OutboxAsync<ProjectCompleted>(), e => e.ProjectId.ToString() == projectId);
        await ScheduledEvents.HoldAndCompleteAsync(factory, second, secondBookings);

        var completed = Assert.Single(await factory.OutboxAsync<ProjectCompleted>(), e => e.ProjectId.ToString() == projectId);
        Assert.True(completed.Delivered);
        Assert.Equal(Workstream.Training, completed.Workstream);
        var item = (await CoChair.GetProgrammeItemAsync(new V1.GetProgrammeItemRequest { ProgrammeItemId = projectId })).Item;
        Assert.True(item.Delivered);
        Assert.Equal(completed.CompletedOn, new DateOnly(item.CompletedOn.Year, item.CompletedOn.Month, item.CompletedOn.Day));
        await RpcAssert.FailedPreconditionAsync(ProgrammeRules.ProgrammeItemsCompleteOnce,
            () => CoChair.CloseProgrammeItemAsync(new V1.CloseProgrammeItemRequest { ProgrammeItemId = projectId, Reason = "late" }).ResponseAsync);
    }

    [Fact]
    public async Task An_event_completed_with_nobody_held_does_not_deliver_the_item()
    {
        var projectId = await AgreedAsync();
        var (trainingEvent, _) = await ScheduledEvents.ScheduleAsync(factory, 0, programmeItemId: projectId);

        await ScheduledEvents.HoldAndCompleteAsync(factory, trainingEvent, []);

        Assert.DoesNotContain(await factory.OutboxAsync<ProjectCompleted>(), e => e.ProjectId.ToString() == projectId);
        await RpcAssert.FailedPreconditionAsync(Cooperation.Training.Completion.CompletionRules.CompletionIsAssessedOnceAfterTheLastSession,
            () => new V1.CompletionService.CompletionServiceClient(factory.ChannelFor(Personas.UkCoordinator))
                .CompleteEventAsync(new V1.CompleteEventRequest { EventId = trainingEvent.Id }).ResponseAsync);
    }

    [Fact]
    public async Task CloseProgrammeItem_closes_it_undelivered_once_and_no_more_events_deliver_it()
    {
        var projectId = await AgreedAsync();

        var closed = (await CoChair.CloseProgrammeItemAsync(new V1.CloseProgrammeItemRequest { ProgrammeItemId = projectId, Reason = "Superseded by a joint course" })).Item;

        Assert.False(closed.Delivered);
        Assert.Equal("Superseded by a joint course", closed.ClosureReason);
        var completed = Assert.Single(await factory.OutboxAsync<ProjectCompleted>(), e => e.ProjectId.ToString() == projectId);
        Assert.False(completed.Delivered);
        Assert.Single(await factory.AuditOfAsync(ProgrammeAudit.ProgrammeItem, projectId), a => a.Operation == "CloseProgrammeItem");
        await RpcAssert.FailedPreconditionAsync(ProgrammeRules.ProgrammeItemsCompleteOnce,
            () => CoChair.CloseProgrammeItemAsync(new V1.CloseProgrammeItemRequest { ProgrammeItemId = projectId, Reason = "again" }).ResponseAsync);
        var request = EventRequests.NewEvent((await EventRequests.PublishedActivityAsync(factory)).Id);
        request.ProgrammeItemId = projectId;
        await RpcAssert.FailedPreconditionAsync(ProgrammeRules.EventsDeliverOpenProgrammeItems,
            () => new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator)).ScheduleEventAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task CloseProgrammeItem_answers_invalid_argument_not_found_and_permission_denied()
    {
        var projectId = await AgreedAsync();

        await RpcAssert.InvalidArgumentAsync("reason",
            () => CoChair.CloseProgrammeItemAsync(new V1.CloseProgrammeItemRequest { ProgrammeItemId = projectId }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("programme_item_id",
            () => CoChair.CloseProgrammeItemAsync(new V1.CloseProgrammeItemRequest { Reason = "x" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => CoChair.CloseProgrammeItemAsync(new V1.CloseProgrammeItemRequest { ProgrammeItemId = Guid.NewGuid().ToString(), Reason = "x" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => new V1.ProgrammeService.ProgrammeServiceClient(factory.ChannelFor(Personas.UkCoordinator))
                .CloseProgrammeItemAsync(new V1.CloseProgrammeItemRequest { ProgrammeItemId = projectId, Reason = "x" }).ResponseAsync);
    }

    private async Task<string> AgreedAsync()
    {
        var agreed = new ProjectAgreed
        {
            OccurredAt = factory.Clock.GetUtcNow(), ProjectId = Guid.NewGuid(), Title = "Joint training on document fraud",
            Summary = "A course for both participants' border officers.", Workstream = Workstream.Training, DecisionId = Guid.NewGuid(),
            CooperationAreas = ["training"], LeadAgencyIds = [Guid.NewGuid()],
        };
        var counter = new ConsumeCounter<ProjectAgreed>();
        using var observing = factory.Harness.Bus.ConnectConsumeMessageObserver(counter);
        await factory.Harness.Bus.Publish(agreed, c => c.MessageId = agreed.EventId);
        await Eventually.WaitUntilAsync(() => Task.FromResult(counter.Consumed + counter.Faulted > 0), $"ProjectAgreed {agreed.EventId} is consumed");
        Assert.Equal(0, counter.Faulted);
        return agreed.ProjectId.ToString();
    }
}
