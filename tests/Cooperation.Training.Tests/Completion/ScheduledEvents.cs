using Cooperation.Training.Tests.Catalogue;
using Cooperation.Training.Tests.Events;
using Cooperation.Training.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Completion;

/// <summary>Events with booked officials, scheduled relative to the factory clock as the test finds it.</summary>
public static class ScheduledEvents
{
    /// <summary>
    /// An event of a new published activity (shaped by <paramref name="shape"/>) hosted by the UK
    /// National Crime Agency, sign-up open now, two sessions on the next two days, with
    /// <paramref name="officials"/> NCA officials booked; optionally delivering a programme item.
    /// </summary>
    public static async Task<(V1.TrainingEvent Event, List<string> Bookings)> ScheduleAsync(
        TrainingServiceFactory factory, int officials, Action<V1.CreateActivityRequest>? shape = null, string? programmeItemId = null)
    {
        var catalogue = new V1.CatalogueService.CatalogueServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        var activityRequest = CatalogueRequests.NewActivity();
        shape?.Invoke(activityRequest);
        var activity = (await catalogue.CreateActivityAsync(activityRequest)).Activity;
        await catalogue.PublishActivityAsync(new V1.PublishActivityRequest { ActivityId = activity.Id });

        var now = factory.Clock.GetUtcNow();
        var request = EventRequests.NewEvent(activity.Id);
        request.SignUpOpensAt = Timestamp.FromDateTimeOffset(now.AddDays(-1));
        request.SignUpClosesAt = Timestamp.FromDateTimeOffset(now.AddDays(1));
        request.CancellationCutoff = Timestamp.FromDateTimeOffset(now.AddDays(1));
        request.ProgrammeItemId = programmeItemId ?? string.Empty;
        request.Sessions.Clear();
        request.Sessions.Add(EventRequests.Slot(now.AddDays(2), now.AddDays(2).AddHours(8)));
        request.Sessions.Add(EventRequests.Slot(now.AddDays(3), now.AddDays(3).AddHours(8)));
        var events = new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        var trainingEvent = (await events.ScheduleEventAsync(request)).Event;

        var signUp = new V1.SignUpService.SignUpServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        var bookings = new List<string>();
        for (var i = 0; i < officials; i++)
        {
            bookings.Add((await signUp.NominateOfficialAsync(new V1.NominateOfficialRequest
            {
                EventId = trainingEvent.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = trainingEvent.HostAgencyId,
            })).Booking.Id);
        }

        return (trainingEvent, bookings);
    }

    /// <summary>Marks every booking present at every session of the event (after moving the clock past them) and completes it.</summary>
    public static async Task<V1.CompleteEventResponse> HoldAndCompleteAsync(TrainingServiceFactory factory, V1.TrainingEvent trainingEvent, IEnumerable<string> bookings)
    {
        factory.Clock.Advance(TimeSpan.FromDays(4));
        var completion = new V1.CompletionService.CompletionServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        foreach (var session in trainingEvent.Sessions)
        {
            var marks = new V1.RecordAttendanceRequest { EventId = trainingEvent.Id, SessionId = session.Id };
            marks.Entries.AddRange(bookings.Select(b => new V1.AttendanceEntry { BookingId = b, Mark = V1.AttendanceMark.Present }));
            if (marks.Entries.Count > 0)
            {
                await completion.RecordAttendanceAsync(marks);
            }
        }

        return await completion.CompleteEventAsync(new V1.CompleteEventRequest { EventId = trainingEvent.Id });
    }
}
