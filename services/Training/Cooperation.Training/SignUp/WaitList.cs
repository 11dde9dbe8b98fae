namespace Cooperation.Training.SignUp;

/// <summary>
/// An event's wait-list: first come, first served. A booking that finds the event full joins at
/// the back (positions only grow, so the order is stable); when seats free (a withdrawal, a
/// capacity raise) the front of the list is promoted, in order.
/// </summary>
public sealed class WaitList(long nextPosition, IEnumerable<Booking> waiting)
{
    private readonly List<Booking> _waiting = waiting.Where(b => b.Status == BookingStatus.WaitListed)
        .OrderBy(b => b.WaitListPosition).ToList();

    /// <summary>The position the next booking to join gets.</summary>
    public long NextPosition { get; private set; } = nextPosition;

    public IReadOnlyList<Booking> Waiting => _waiting;

    public void Join(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        booking.Status = BookingStatus.WaitListed;
        booking.WaitListPosition = NextPosition++;
        _waiting.Add(booking);
    }

    public void Leave(Booking booking) => _waiting.Remove(booking);

    /// <summary>Promotes the front of the list into the seats <paramref name="seats"/> has free; returns them in order.</summary>
    public IReadOnlyList<Booking> Promote(SeatAllocation seats, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var promoted = new List<Booking>();
        while (_waiting.Count > 0 && seats.TryTakeSeat())
        {
            var next = _waiting[0];
            _waiting.RemoveAt(0);
            next.Status = BookingStatus.Booked;
            next.BookedAt = now;
            promoted.Add(next);
        }

        return promoted;
    }
}
