using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Training.Events;
using Cooperation.Training.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Events;

public sealed class EventsRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    private V1.EventsService.EventsServiceClient Client(string persona = Personas.UkCoordinator) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task ScheduleEvent_keeps_the_sessions_in_time_order_and_a_get_reads_it_back()
    {
        var activity = await EventRequests.PublishedActivityAsync(factory);
        var request = EventRequests.NewEvent(activity.Id);
        request.Sessions.Add(EventRequests.Slot(EventRequests.FirstSession.AddDays(-1), EventRequests.FirstSession.AddDays(-1).AddHours(2)));
        request.SignUpClosesAt = request.Sessions[2].StartsAt;
        request.CancellationCutoff = request.Sessions[2].StartsAt;

        var scheduled = (await Client().ScheduleEventAsync(request)).Event;

        Assert.Equal(3, scheduled.Sessions.Count);
        Assert.Equal(request.Sessions[2].StartsAt, scheduled.Sessions[0].StartsAt);
        Assert.True(scheduled.Sessions.Zip(scheduled.Sessions.Skip(1)).All(p => p.First.EndsAt.ToDateTimeOffset() <= p.Second.StartsAt.ToDateTimeOffset()));
        Assert.Equal("Europe/London", scheduled.VenueTimeZone);
        Assert.Equal(request.TrainerOfficialIds, scheduled.TrainerOfficialIds);
        Assert.Equal(scheduled, (await Client(Personas.Analyst).GetEventAsync(new V1.GetEventRequest { EventId = scheduled.Id })).Event);
        var audit = Assert.Single(await factory.AuditOfAsync(EventsAudit.Event, scheduled.Id));
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Equal("ScheduleEvent", audit.Operation);
    }

    [Fact]
    public async Task ScheduleEvent_names_every_bad_field()
    {
        var request = EventRequests.NewEvent(Guid.NewGuid().ToString());
        request.VenueTimeZone = "Europe/Atlantis";
        request.Capacity = 0;
        request.Venue = "";
        request.HostParticipant = TypeV1.Participant.Unspecified;
        request.Approval = V1.ApprovalMode.Unspecified;
        request.Sessions.Add(EventRequests.Slot(EventRequests.FirstSession.AddHours(1), EventRequests.FirstSession.AddHours(2)));
        request.Sessions.Add(EventRequests.Slot(EventRequests.FirstSession.AddDays(5), EventRequests.FirstSession.AddDays(4)));
        request.SignUpClosesAt = EventRequests.Slot(EventRequests.FirstSession.AddDays(1), EventRequests.FirstSession).StartsAt;

        foreach (var field in new[] { "venue_time_zone", "capacity", "venue", "host_participant", "approval", "sessions", "sessions[3].ends_at", "sign_up_closes_at" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().ScheduleEventAsync(request).ResponseAsync);
        }

        var noSessions = EventRequests.NewEvent(Guid.NewGuid().ToString());
        noSessions.Sessions.Clear();
        noSessions.SignUpOpensAt = null;
        noSessions.VenueTimeZone = "GMT Standard Time";
        await RpcAssert.InvalidArgumentAsync("venue_time_zone", () => Client().ScheduleEventAsync(noSessions).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("sessions", () => Client().ScheduleEventAsync(noSessions).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("sign_up_opens_at", () => Client().ScheduleEventAsync(noSessions).ResponseAsync);
    }

    [Fact]
    public async Task ScheduleEvent_answers_not_found_for_an_unknown_activity()
    {
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().ScheduleEventAsync(EventRequests.NewEvent(Guid.NewGuid().ToString())).ResponseAsync);
    }

    [Fact]
    public async Task ScheduleEvent_needs_a_published_activity_given_in_the_event_language()
    {
        var catalogue = new V1.CatalogueService.CatalogueServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        var draft = (await catalogue.CreateActivityAsync(Catalogue.CatalogueRequests.NewActivity())).Activity;
        await RpcAssert.FailedPreconditionAsync(EventRules.EventsNeedAPublishedActivity,
            () => Client().ScheduleEventAsync(EventRequests.NewEvent(draft.Id)).ResponseAsync);

        var published = await EventRequests.PublishedActivityAsync(factory);
        var german = EventRequests.NewEvent(published.Id);
        german.Language = "de";
        await RpcAssert.FailedPreconditionAsync(EventRules.EventLanguageIsOneTheActivityOffers,
            () => Client().ScheduleEventAsync(german).ResponseAsync);
    }

    [Fact]
    public async Task ScheduleEvent_hosted_by_another_agency_or_participant_is_permission_denied()
    {
        var activity = await EventRequests.PublishedActivityAsync(factory);
        var otherAgency = EventRequests.NewEvent(activity.Id);
        otherAgency.HostAgencyId = DevelopmentPersonas.UkBorderForce.ToString();
        var otherParticipant = EventRequests.NewEvent(activity.Id);
        otherParticipant.HostParticipant = TypeV1.Participant.Bg;

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client().ScheduleEventAsync(otherAgency).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client().ScheduleEventAsync(otherParticipant).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => Client(Personas.Analyst).ScheduleEventAsync(EventRequests.NewEvent(activity.Id)).ResponseAsync);
    }

    [Fact]
    public async Task GetEvent_answers_not_found_and_invalid_argument()
    {
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().GetEventAsync(new V1.GetEventRequest { EventId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("event_id", () => Client().GetEventAsync(new V1.GetEventRequest()).ResponseAsync);
    }

    [Fact]
    public async Task ListEvents_filters_by_activity_pages_and_runs_a_fixed_number_of_commands()
    {
        var activity = await EventRequests.PublishedActivityAsync(factory);
        for (var i = 0; i < 21; i++)
        {
            await Client().ScheduleEventAsync(EventRequests.NewEvent(activity.Id));
        }

        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        var one = await Client().ListEventsAsync(new V1.ListEventsRequest { ActivityId = activity.Id, PageSize = 1 });
        var oneCount = counter.Count;
        counter.Reset();
        var many = await Client().ListEventsAsync(new V1.ListEventsRequest { ActivityId = activity.Id, PageSize = 21 });
        var manyCount = counter.Count;
        counter.Reset();
        await Client().GetEventAsync(new V1.GetEventRequest { EventId = one.Events[0].Id });
        var getCount = counter.Count;

        Assert.Single(one.Events);
        Assert.Equal(21, many.Events.Count);
        Assert.All(many.Events, e => Assert.Equal(activity.Id, e.ActivityId));
        Assert.All(many.Events, e => Assert.Equal(2, e.Sessions.Count));
        Assert.Equal(oneCount, manyCount);
        Assert.InRange(manyCount, 1, 3);
        Assert.InRange(getCount, 1, 2);
        var next = await Client().ListEventsAsync(new V1.ListEventsRequest { ActivityId = activity.Id, PageSize = 20, PageToken = "" });
        Assert.NotEmpty(next.NextPageToken);
        await RpcAssert.InvalidArgumentAsync("activity_id",
            () => Client().ListEventsAsync(new V1.ListEventsRequest { ActivityId = "nope" }).ResponseAsync);
    }
}
