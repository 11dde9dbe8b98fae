using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Events;

namespace Cooperation.Training.SignUp;

/// <summary>
/// An event's sign-up as one aggregate: its live bookings, its seats (<see cref="SeatAllocation"/>)
/// and its wait-list (<see cref="WaitList"/>). It is loaded with the event row locked, so
/// concurrent nominations take seats and wait-list places one after the other.
/// </summary>
public sealed class EventBookings
{
    private readonly List<Booking> _live;
    private readonly HashSet<Booking> _changed = [];

    /// <param name="newcomersFirst">The activity prefers officials new to the programme on the wait-list.</param>
    public EventBookings(TrainingEvent trainingEvent, long nextWaitListPosition, IEnumerable<Booking> liveBookings, bool newcomersFirst = false)
    {
        ArgumentNullException.ThrowIfNull(trainingEvent);
        Event = trainingEvent;
        _live = liveBookings.Where(b => b.IsLive).ToList();
        Seats = new SeatAllocation(trainingEvent.Capacity, _live.Count(b => b.Status == BookingStatus.Booked));
        Quota = new PerAgencyQuota(trainingEvent.AgencyQuota);
        WaitList = new WaitList(nextWaitListPosition, _live, newcomersFirst);
    }

    public TrainingEvent Event { get; }

    public SeatAllocation Seats { get; }

    public WaitList WaitList { get; }

    public PerAgencyQuota Quota { get; }

    /// <summary>The officials holding a seat.</summary>
    public IEnumerable<Booking> Booked => _live.Where(b => b.Status == BookingStatus.Booked);

    /// <summary>Bookings this aggregate changed or created, to save.</summary>
    public IReadOnlyCollection<Booking> Changed => _changed;

    /// <summary>Bookings that took a seat during this unit of work, in order (for BookingApproved).</summary>
    public List<Booking> NewlyBooked { get; } = [];

    /// <summary>A live booking of this event; a booking that exists but is no longer live breaks <paramref name="rule"/>.</summary>
    public Booking Live(Guid bookingId, string rule) =>
        _live.FirstOrDefault(b => b.Id == bookingId)
            ?? throw new RuleViolationException(rule, $"Booking {bookingId} is no longer live (declined or withdrawn).");

    /// <param name="newToProgramme">The official has completed no training of the programme yet.</param>
    public Booking Nominate(Guid officialId, Guid agencyId, string nominatedBy, DateTimeOffset now, bool newToProgramme = true)
    {
        if (!Event.SignUp.IsOpenAt(now))
        {
            throw new RuleViolationException(SignUpRules.SignUpIsOpen,
                $"Sign-up for event {Event.Id} is open from {Event.SignUp.OpensAt:u} until {Event.SignUp.ClosesAt:u}.");
        }

        if (_live.Any(b => b.OfficialId == officialId))
        {
            throw new RuleViolationException(SignUpRules.OneBookingPerOfficialAndEvent,
                $"Official {officialId} already has a live booking on event {Event.Id}.");
        }

        var booking = new Booking(Guid.NewGuid(), Event.Id, officialId, agencyId, BookingStatus.AwaitingApproval, nominatedBy, now,
            newToProgramme: newToProgramme);
        _live.Add(booking);
        _changed.Add(booking);
        if (Event.Approval == ApprovalMode.None)
        {
            Allocate(booking, now);
        }

        return booking;
    }

    /// <summary>The stage a booking awaits (1 or 2) and the agency whose coordinator decides it.</summary>
    public (int Stage, Guid ApproverAgencyId) AwaitedStage(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (booking.Status != BookingStatus.AwaitingApproval)
        {
            throw new RuleViolationException(SignUpRules.DecisionsFollowTheApprovalStages,
                $"Booking {booking.Id} is {booking.Status}; only a booking awaiting approval is decided.");
        }

        var stage = booking.StagesApproved + 1;
        // Two stages: the nominating agency first (its national coordinator), then the host.
        var agency = Event.Approval == ApprovalMode.TwoStage && stage == 1 ? booking.AgencyId : Event.HostAgencyId;
        return (stage, agency);
    }

    public void Decide(Booking booking, int stage, bool approve, string decidedBy, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var (awaited, _) = AwaitedStage(booking);
        if (stage != awaited)
        {
            throw new RuleViolationException(SignUpRules.DecisionsFollowTheApprovalStages,
                $"Booking {booking.Id} awaits stage {awaited}, not stage {stage}.");
        }

        if (stage == 2 && booking.Decisions.Any(d => d.DecidedBy == decidedBy))
        {
            throw new RuleViolationException(SignUpRules.TwoStagesNeedTwoApprovers,
                $"Booking {booking.Id}: the second stage must be decided by someone other than the first.");
        }

        booking.Record(new ApprovalDecision(stage, approve, decidedBy, now, reason));
        _changed.Add(booking);
        if (!approve)
        {
            booking.Status = BookingStatus.Declined;
            _live.Remove(booking);
            return;
        }

        var required = Event.Approval == ApprovalMode.TwoStage ? 2 : 1;
        if (booking.StagesApproved >= required)
        {
            Allocate(booking, now);
        }
    }

    /// <summary>Withdraws a live booking (late after the cut-off); a freed seat promotes the wait-list.</summary>
    public void Withdraw(Booking booking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (!booking.IsLive)
        {
            throw new RuleViolationException(SignUpRules.OnlyLiveBookingsAreWithdrawn, $"Booking {booking.Id} is {booking.Status}.");
        }

        var heldSeat = booking.Status == BookingStatus.Booked;
        WaitList.Leave(booking);
        booking.Status = BookingStatus.Withdrawn;
        booking.WithdrawnAt = now;
        booking.LateWithdrawal = Event.SignUp.IsLateAt(now);
        _live.Remove(booking);
        _changed.Add(booking);
        if (heldSeat)
        {
            Seats.FreeSeat();
            Promote(now);
        }
    }

    /// <summary>Changes the capacity (never below the booked officials); a raise promotes the wait-list.</summary>
    public void ChangeCapacity(int capacity, DateTimeOffset now)
    {
        Seats.ChangeCapacity(capacity, Event.Id);
        Event.ChangeCapacity(capacity);
        Promote(now);
    }

    private void Allocate(Booking booking, DateTimeOffset now)
    {
        // Beyond its agency's quota a booking waits, as it does when the event is full.
        if (Quota.HasRoomFor(booking.AgencyId, Booked) && Seats.TryTakeSeat())
        {
            booking.Status = BookingStatus.Booked;
            booking.BookedAt = now;
            NewlyBooked.Add(booking);
        }
        else
        {
            WaitList.Join(booking);
        }
    }

    private void Promote(DateTimeOffset now)
    {
        foreach (var promoted in WaitList.Promote(Seats, now, b => Quota.HasRoomFor(b.AgencyId, Booked)))
        {
            _changed.Add(promoted);
            NewlyBooked.Add(promoted);
        }
    }
}
