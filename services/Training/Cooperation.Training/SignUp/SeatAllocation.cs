namespace Cooperation.Training.SignUp;

/// <summary>
/// "Capacity holds" (¶4b): an event never has more officials booked than its capacity. A booking
/// ready for a seat takes one while one is free, and joins the wait-list otherwise.
/// </summary>
public sealed class SeatAllocation(int capacity, int booked)
{
    public int Capacity { get; private set; } = capacity;

    public int Booked { get; private set; } = booked;

    public int FreeSeats => Math.Max(Capacity - Booked, 0);

    /// <summary>Takes a seat when one is free; false when the event is full.</summary>
    public bool TryTakeSeat()
    {
        if (FreeSeats == 0)
        {
            return false;
        }

        Booked++;
        return true;
    }

    public void FreeSeat() => Booked = Math.Max(Booked - 1, 0);

    /// <summary>Changes the capacity; never below the officials already booked.</summary>
    public void ChangeCapacity(int capacity, Guid eventId)
    {
        if (capacity < Booked)
        {
            throw new BuildingBlocks.Domain.RuleViolationException(SignUpRules.CapacityCoversTheBookings,
                $"Event {eventId} has {Booked} officials booked; its capacity cannot be lowered to {capacity}.");
        }

        Capacity = capacity;
    }
}
