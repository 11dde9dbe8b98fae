namespace Cooperation.Training.SignUp;

/// <summary>Stable names of the sign-up rules, reported as the subject of a FailedPrecondition.</summary>
public static class SignUpRules
{
    /// <summary>¶4b: officials are nominated for an event only while its sign-up window is open.</summary>
    public const string SignUpIsOpen = "sign-up-is-open";

    /// <summary>¶4b: an official holds at most one live booking (awaiting approval, booked or wait-listed) per event.</summary>
    public const string OneBookingPerOfficialAndEvent = "one-booking-per-official-and-event";

    /// <summary>¶4b "double-booking rules hold": an official is not booked into two sessions that overlap.</summary>
    public const string NoDoubleBookingIntoOverlappingSessions = "no-double-booking-into-overlapping-sessions";

    /// <summary>¶4b "capacity rules hold": an event's capacity is never lowered below the officials already booked.</summary>
    public const string CapacityCoversTheBookings = "capacity-covers-the-bookings";

    /// <summary>Approval: a decision is taken on a booking awaiting approval, at the stage it awaits.</summary>
    public const string DecisionsFollowTheApprovalStages = "decisions-follow-the-approval-stages";

    /// <summary>Two-stage approval: the second stage is decided by someone other than the first.</summary>
    public const string TwoStagesNeedTwoApprovers = "two-stages-need-two-approvers";

    /// <summary>Only a live booking (awaiting approval, booked or wait-listed) can be withdrawn.</summary>
    public const string OnlyLiveBookingsAreWithdrawn = "only-live-bookings-are-withdrawn";
}
