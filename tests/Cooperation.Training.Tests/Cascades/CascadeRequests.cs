using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Training.Tests.Catalogue;
using Cooperation.Training.Tests.Events;
using Cooperation.Training.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Google.Type;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Cascades;

/// <summary>Trainings the cascade tests follow up: an NCA event attended and assessed, relative to the clock as found.</summary>
internal static class CascadeRequests
{
    public static V1.CascadesService.CascadesServiceClient Cascades(this TrainingServiceFactory factory, string persona = Personas.UkCoordinator) =>
        new(factory.ChannelFor(persona));

    public static V1.CascadesService.CascadesServiceClient Cascades(this TrainingServiceFactory factory, DevelopmentPersona persona) =>
        new(factory.ChannelFor(persona));

    public static Date Today(this TrainingServiceFactory factory, int plusDays = 0)
    {
        var day = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(plusDays);
        return new Date { Year = day.Year, Month = day.Month, Day = day.Day };
    }

    /// <summary>
    /// An NCA event of one session for the given number of officials, held and assessed: the first
    /// <paramref name="present"/> attended and completed, the rest were absent. Moves the clock two days on.
    /// </summary>
    public static async Task<(string ActivityId, List<V1.CompletionOutcome> Outcomes)> AssessedTrainingAsync(
        this TrainingServiceFactory factory, int officials = 1, int present = 1, string? activityId = null)
    {
        var catalogue = new V1.CatalogueService.CatalogueServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        if (activityId is null)
        {
            var activity = (await catalogue.CreateActivityAsync(CatalogueRequests.NewActivity())).Activity;
            activityId = (await catalogue.PublishActivityAsync(new V1.PublishActivityRequest { ActivityId = activity.Id })).Activity.Id;
        }

        var now = factory.Clock.GetUtcNow();
        var request = EventRequests.NewEvent(activityId);
        request.SignUpOpensAt = Timestamp.FromDateTimeOffset(now.AddDays(-1));
        request.SignUpClosesAt = Timestamp.FromDateTimeOffset(now.AddHours(12));
        request.CancellationCutoff = Timestamp.FromDateTimeOffset(now.AddHours(12));
        request.Sessions.Clear();
        request.Sessions.Add(EventRequests.Slot(now.AddDays(1), now.AddDays(1).AddHours(8)));
        var trainingEvent = (await new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator)).ScheduleEventAsync(request)).Event;

        var signUp = new V1.SignUpService.SignUpServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        var bookings = new List<string>();
        for (var i = 0; i < officials; i++)
        {
            bookings.Add((await signUp.NominateOfficialAsync(new V1.NominateOfficialRequest
            {
                EventId = trainingEvent.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = trainingEvent.HostAgencyId,
            })).Booking.Id);
        }

        factory.Clock.Advance(TimeSpan.FromDays(2));
        var completion = new V1.CompletionService.CompletionServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        var marks = new V1.RecordAttendanceRequest { EventId = trainingEvent.Id, SessionId = trainingEvent.Sessions[0].Id };
        marks.Entries.AddRange(bookings.Select((b, i) => new V1.AttendanceEntry
        {
            BookingId = b, Mark = i < present ? V1.AttendanceMark.Present : V1.AttendanceMark.Absent,
        }));
        await completion.RecordAttendanceAsync(marks);
        var outcomes = (await completion.CompleteEventAsync(new V1.CompleteEventRequest { EventId = trainingEvent.Id })).Outcomes;
        return (activityId, outcomes.OrderBy(o => bookings.IndexOf(o.BookingId)).ToList());
    }
}
