namespace Cooperation.Training.SignUp;

/// <summary>
/// An event's wait-list: first come, first served. A booking that finds the event full joins at
/// the back (positions only grow, so the order is stable); when seats free (a withdrawal, a
/// capacity raise) the front of the list is promoted, in order.
/// Where the activity prefers officials new to the programme, the order is newcomers first, then
/// returning officials (who completed training of the programme before), each group by position:
/// a returning official keeps their position but is passed by every newcomer, whenever they joined.
/// </summary>
public sealed class WaitList
{
    private readonly List<Booking> _waiting;
    private readonly bool _newcomersFirst;

    public WaitList(long nextPosition, IEnumerable<Booking> waiting, bool newcomersFirst = false)
    {
        NextPosition = nextPosition;
        _newcomersFirst = newcomersFirst;
        _waiting = waiting.Where(b => b.Status == BookingStatus.WaitListed).OrderBy(Rank).ThenBy(b => b.WaitListPosition).ToList();
    }

    /// <summary>The position the next booking to join gets.</summary>
    public long NextPosition { get; private set; }

    /// <summary>The waiting bookings in the order they are promoted.</summary>
    public IReadOnlyList<Booking> Waiting => _waiting;

    public void Join(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        booking.Status = BookingStatus.WaitListed;
        booking.WaitListPosition = NextPosition++;
        // Behind everyone of its rank; positions grow, so that is after the last of the same rank.
        var index = _waiting.FindLastIndex(b => Rank(b) <= Rank(booking)) + 1;
        _waiting.Insert(index, booking);
    }

    public void Leave(Booking booking) => _waiting.Remove(booking);

    /// <summary>
    /// Promotes in order into the seats <paramref name="seats"/> has free, passing over bookings
    /// <paramref name="mayTakeSeat"/> refuses (an agency at its quota); returns them in order.
    /// </summary>
    public IReadOnlyList<Booking> Promote(SeatAllocation seats, DateTimeOffset now, Func<Booking, bool>? mayTakeSeat = null)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var promoted = new List<Booking>();
        while (seats.FreeSeats > 0)
        {
            var next = _waiting.FirstOrDefault(b => mayTakeSeat?.Invoke(b) ?? true);
            if (next is null || !seats.TryTakeSeat())
            {
                break;
            }

            _waiting.Remove(next);
            next.Status = BookingStatus.Booked;
            next.BookedAt = now;
            promoted.Add(next);
        }

        return promoted;
    }

    /// <summary>0 goes before 1: a returning official ranks behind newcomers where the activity prefers them.</summary>
    public int Rank(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return _newcomersFirst && !booking.NewToProgramme ? 1 : 0;
    }
}
