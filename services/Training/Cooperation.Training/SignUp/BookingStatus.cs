namespace Cooperation.Training.SignUp;

/// <summary>Where a booking stands. Numbers match the proto enum.</summary>
public enum BookingStatus
{
    AwaitingApproval = 1,
    Booked = 2,
    WaitListed = 3,
    Declined = 4,
    Withdrawn = 5,
}
