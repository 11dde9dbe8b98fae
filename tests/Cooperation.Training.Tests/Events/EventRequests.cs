using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Training.Tests.Catalogue;
using Cooperation.Training.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Events;

/// <summary>Well-formed event requests, and a published activity to hang them on.</summary>
public static class EventRequests
{
    /// <summary>The first session of every event these requests make: well after the factory clock's start (13 Nov 2023).</summary>
    public static readonly DateTimeOffset FirstSession = new(2024, 3, 4, 8, 0, 0, TimeSpan.Zero);

    /// <param name="shape">Changes the activity request before it is sent (eligibility, assessment, validity).</param>
    public static async Task<V1.Activity> PublishedActivityAsync(TrainingServiceFactory factory, Action<V1.CreateActivityRequest>? shape = null)
    {
        var client = new V1.CatalogueService.CatalogueServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        var request = CatalogueRequests.NewActivity();
        shape?.Invoke(request);
        var created = (await client.CreateActivityAsync(request)).Activity;
        return (await client.PublishActivityAsync(new V1.PublishActivityRequest { ActivityId = created.Id })).Activity;
    }

    /// <summary>A two-day event at the UK National Crime Agency, sign-up open from the factory clock's start.</summary>
    public static V1.ScheduleEventRequest NewEvent(string activityId, int capacity = 20, V1.ApprovalMode approval = V1.ApprovalMode.None)
    {
        var request = new V1.ScheduleEventRequest
        {
            ActivityId = activityId,
            HostParticipant = TypeV1.Participant.Uk,
            HostAgencyId = DevelopmentPersonas.UkNationalCrimeAgency.ToString(),
            Venue = "NCA Academy, London",
            VenueTimeZone = "Europe/London",
            Language = "en",
            Capacity = capacity,
            Approval = approval,
            MinimumBookings = 1,
            SignUpOpensAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero)),
            SignUpClosesAt = Timestamp.FromDateTimeOffset(FirstSession.AddDays(-7)),
            CancellationCutoff = Timestamp.FromDateTimeOffset(FirstSession.AddDays(-3)),
        };
        request.TrainerOfficialIds.Add(Guid.NewGuid().ToString());
        request.Sessions.Add(Slot(FirstSession, FirstSession.AddHours(8)));
        request.Sessions.Add(Slot(FirstSession.AddDays(1), FirstSession.AddDays(1).AddHours(8)));
        return request;
    }

    public static V1.SessionSlot Slot(DateTimeOffset starts, DateTimeOffset ends) => new()
    {
        StartsAt = Timestamp.FromDateTimeOffset(starts),
        EndsAt = Timestamp.FromDateTimeOffset(ends),
    };
}
