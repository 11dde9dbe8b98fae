namespace Cooperation.Training.SignUp;

/// <summary>Resource-type names and field lists of the sign-up's audit records.</summary>
public static class SignUpAudit
{
    public const string Booking = "Booking";

    public const string Event = Events.EventsAudit.Event;

    public static readonly IReadOnlyList<string> NominatedFields = ["event_id", "official_id", "agency_id", "status", "wait_list_position", "new_to_programme"];

    public static readonly IReadOnlyList<string> PromotedFields = ["status", "booked_at"];

    /// <summary>The justification of a read of an event's bookings (official ids are personal data, ¶7).</summary>
    public const string ListJustification = "bookings of a training event, read by a training coordinator";
}
