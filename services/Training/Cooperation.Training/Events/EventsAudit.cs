namespace Cooperation.Training.Events;

/// <summary>Resource-type names and field lists of the events' audit records.</summary>
public static class EventsAudit
{
    public const string Event = "TrainingEvent";

    public static readonly IReadOnlyList<string> ScheduledFields =
    [
        "activity_id", "host_participant", "host_agency_id", "venue", "online", "venue_time_zone", "language",
        "capacity", "minimum_bookings", "sign_up_opens_at", "sign_up_closes_at", "cancellation_cutoff",
        "trainer_official_ids", "sessions", "approval", "programme_item_id", "agency_quota",
    ];
}
