using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Training.Programme;
using Cooperation.Training.Tests.Events;
using Cooperation.Training.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using MassTransit;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Programme;

public sealed class ProgrammeRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    private V1.ProgrammeService.ProgrammeServiceClient Client => new(factory.ChannelFor(Personas.Analyst));

    [Fact]
    public async Task An_agreed_training_project_becomes_a_programme_item_exactly_once()
    {
        var agreed = Agreed(Workstream.Training);

        await DeliverAsync(agreed);
        await DeliverAsync(agreed);                                  // the broker's redelivery: same message id
        await DeliverAsync(agreed with { EventId = Guid.NewGuid() }); // announced again: another message, same project

        var item = (await Client.GetProgrammeItemAsync(new V1.GetProgrammeItemRequest { ProgrammeItemId = agreed.ProjectId.ToString() })).Item;
        Assert.Equal(agreed.Title, item.Title);
        Assert.Equal(["training", "border_security"], item.CooperationAreas);
        Assert.Null(item.CommencedOn);
        Assert.Single(await factory.AuditOfAsync(ProgrammeAudit.ProgrammeItem, agreed.ProjectId.ToString()));
        var listed = await Client.ListProgrammeItemsAsync(new V1.ListProgrammeItemsRequest { PageSize = 200 });
        Assert.Single(listed.Items, i => i.Id == agreed.ProjectId.ToString());
    }

    [Fact]
    public async Task A_capacity_building_project_is_not_taken_up()
    {
        var agreed = Agreed(Workstream.CapacityBuilding);

        await DeliverAsync(agreed);

        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.GetProgrammeItemAsync(new V1.GetProgrammeItemRequest { ProgrammeItemId = agreed.ProjectId.ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task The_first_session_held_commences_the_project_once_and_tells_the_working_group()
    {
        var agreed = Agreed(Workstream.Training);
        await DeliverAsync(agreed);
        var activity = await EventRequests.PublishedActivityAsync(factory);
        var now = factory.Clock.GetUtcNow();
        var request = EventRequests.NewEvent(activity.Id);
        request.ProgrammeItemId = agreed.ProjectId.ToString();
        request.SignUpOpensAt = Timestamp.FromDateTimeOffset(now.AddDays(-1));
        request.SignUpClosesAt = Timestamp.FromDateTimeOffset(now.AddHours(1));
        request.CancellationCutoff = Timestamp.FromDateTimeOffset(now.AddHours(1));
        request.Sessions.Clear();
        request.Sessions.Add(EventRequests.Slot(now.AddHours(2), now.AddHours(4)));
        request.Sessions.Add(EventRequests.Slot(now.AddDays(1), now.AddDays(1).AddHours(2)));
        var trainingEvent = (await new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator)).ScheduleEventAsync(request)).Event;
        Assert.Equal(agreed.ProjectId.ToString(), trainingEvent.ProgrammeItemId);
        var booking = (await new V1.SignUpService.SignUpServiceClient(factory.ChannelFor(Personas.UkCoordinator)).NominateOfficialAsync(
            new V1.NominateOfficialRequest { EventId = trainingEvent.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = trainingEvent.HostAgencyId })).Booking;
        factory.Clock.Advance(TimeSpan.FromDays(2));

        var completion = new V1.CompletionService.CompletionServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        foreach (var session in trainingEvent.Sessions.Concat(trainingEvent.Sessions))
        {
            var mark = new V1.RecordAttendanceRequest { EventId = trainingEvent.Id, SessionId = session.Id };
            mark.Entries.Add(new V1.AttendanceEntry { BookingId = booking.Id, Mark = V1.AttendanceMark.Present });
            await completion.RecordAttendanceAsync(mark);
        }

        var commenced = Assert.Single(await factory.OutboxAsync<ProjectCommenced>(), e => e.ProjectId == agreed.ProjectId);
        Assert.Equal(Workstream.Training, commenced.Workstream);
        Assert.Equal(DateOnly.FromDateTime(now.AddHours(2).UtcDateTime), commenced.CommencedOn);
        Assert.Equal(2, (await factory.OutboxAsync<TrainingSessionHeld>()).Count(e => e.TrainingEventId.ToString() == trainingEvent.Id));
        var item = (await Client.GetProgrammeItemAsync(new V1.GetProgrammeItemRequest { ProgrammeItemId = agreed.ProjectId.ToString() })).Item;
        Assert.NotNull(item.CommencedOn);
    }

    [Fact]
    public async Task Programme_reads_and_event_links_answer_invalid_argument_and_not_found()
    {
        await RpcAssert.InvalidArgumentAsync("programme_item_id",
            () => Client.GetProgrammeItemAsync(new V1.GetProgrammeItemRequest { ProgrammeItemId = "x" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_size",
            () => Client.ListProgrammeItemsAsync(new V1.ListProgrammeItemsRequest { PageSize = -1 }).ResponseAsync);
        var activity = await EventRequests.PublishedActivityAsync(factory);
        var request = EventRequests.NewEvent(activity.Id);
        request.ProgrammeItemId = Guid.NewGuid().ToString();
        var events = new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => events.ScheduleEventAsync(request).ResponseAsync);
        request.ProgrammeItemId = "not-an-id";
        await RpcAssert.InvalidArgumentAsync("programme_item_id", () => events.ScheduleEventAsync(request).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated,
            () => new V1.ProgrammeService.ProgrammeServiceClient(factory.AnonymousChannel).ListProgrammeItemsAsync(new V1.ListProgrammeItemsRequest()).ResponseAsync);
    }

    private async Task DeliverAsync(ProjectAgreed agreed)
    {
        var counter = new ConsumeCounter<ProjectAgreed>();
        using var observing = factory.Harness.Bus.ConnectConsumeMessageObserver(counter);
        await factory.Harness.Bus.Publish(agreed, c => c.MessageId = agreed.EventId);
        await Eventually.WaitUntilAsync(() => Task.FromResult(counter.Consumed + counter.Faulted > 0), $"ProjectAgreed {agreed.EventId} is consumed");
        Assert.Equal(0, counter.Faulted);
    }

    private ProjectAgreed Agreed(Workstream workstream) => new()
    {
        OccurredAt = factory.Clock.GetUtcNow(),
        ProjectId = Guid.NewGuid(),
        Title = "Joint training on document fraud",
        Summary = "A course for both participants' border officers.",
        Workstream = workstream,
        DecisionId = Guid.NewGuid(),
        CooperationAreas = ["training", "border_security"],
        LeadAgencyIds = [Guid.NewGuid()],
    };
}
