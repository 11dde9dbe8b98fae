using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Events;
using Cooperation.Training.SignUp;

namespace Cooperation.Training.Tests.SignUp;

public sealed class SignUpRuleTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Agency = Guid.NewGuid();
    private static readonly Guid Host = Guid.NewGuid();

    [Fact]
    public void Capacity_holds_and_the_rest_join_the_wait_list_in_order()
    {
        var signUp = SignUpOf(Event(capacity: 2));

        var bookings = Enumerable.Range(0, 5).Select(_ => signUp.Nominate(Guid.NewGuid(), Agency, "dev:coordinator", Now)).ToList();

        Assert.Equal([BookingStatus.Booked, BookingStatus.Booked, BookingStatus.WaitListed, BookingStatus.WaitListed, BookingStatus.WaitListed],
            bookings.Select(b => b.Status));
        Assert.Equal([1L, 2L, 3L], bookings.Skip(2).Select(b => b.WaitListPosition!.Value));
        Assert.Equal(0, signUp.Seats.FreeSeats);
    }

    [Fact]
    public void Wait_list_promotes_in_order_when_a_seat_frees()
    {
        var signUp = SignUpOf(Event(capacity: 1));
        var first = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var second = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var third = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);

        signUp.Withdraw(first, Now);

        Assert.Equal(BookingStatus.Withdrawn, first.Status);
        Assert.Equal(BookingStatus.Booked, second.Status);
        Assert.Equal(BookingStatus.WaitListed, third.Status);
        Assert.Equal([second], signUp.NewlyBooked.Skip(1));
    }

    [Fact]
    public void Wait_list_promotes_in_order_when_capacity_is_raised()
    {
        var signUp = SignUpOf(Event(capacity: 1));
        var all = Enumerable.Range(0, 4).Select(_ => signUp.Nominate(Guid.NewGuid(), Agency, "c", Now)).ToList();
        var waiting = all.Skip(1).ToList();

        signUp.ChangeCapacity(3, Now);

        Assert.Equal([BookingStatus.Booked, BookingStatus.Booked, BookingStatus.WaitListed], waiting.Select(b => b.Status));
        Assert.Equal(3, signUp.Event.Capacity);
    }

    [Fact]
    public void Wait_list_promotes_only_from_the_wait_list_not_withdrawn_places()
    {
        var signUp = SignUpOf(Event(capacity: 1));
        var booked = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var leaving = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var staying = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        signUp.Withdraw(leaving, Now);

        signUp.Withdraw(booked, Now);

        Assert.Equal(BookingStatus.Withdrawn, leaving.Status);
        Assert.Equal(BookingStatus.Booked, staying.Status);
    }

    [Fact]
    public void Capacity_covers_the_bookings()
    {
        var signUp = SignUpOf(Event(capacity: 3));
        signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);

        var ex = Assert.Throws<RuleViolationException>(() => signUp.ChangeCapacity(1, Now));
        Assert.Equal(SignUpRules.CapacityCoversTheBookings, ex.Rule);
        signUp.ChangeCapacity(2, Now);
    }

    [Fact]
    public void Sign_up_is_open()
    {
        var signUp = SignUpOf(Event(capacity: 3));

        Assert.Equal(SignUpRules.SignUpIsOpen,
            Assert.Throws<RuleViolationException>(() => signUp.Nominate(Guid.NewGuid(), Agency, "c", Now.AddDays(30))).Rule);
        Assert.Equal(SignUpRules.SignUpIsOpen,
            Assert.Throws<RuleViolationException>(() => signUp.Nominate(Guid.NewGuid(), Agency, "c", Now.AddDays(-30))).Rule);
    }

    [Fact]
    public void One_booking_per_official_and_event()
    {
        var signUp = SignUpOf(Event(capacity: 3));
        var official = Guid.NewGuid();
        var first = signUp.Nominate(official, Agency, "c", Now);

        Assert.Equal(SignUpRules.OneBookingPerOfficialAndEvent,
            Assert.Throws<RuleViolationException>(() => signUp.Nominate(official, Agency, "c", Now)).Rule);
        signUp.Withdraw(first, Now);
        Assert.Equal(BookingStatus.Booked, signUp.Nominate(official, Agency, "c", Now).Status);
    }

    [Fact]
    public void No_double_booking_into_overlapping_sessions()
    {
        var trainingEvent = Event(capacity: 3);
        var start = trainingEvent.Sessions[0].StartsAt;

        SessionOverlap.EnsureFree(Guid.NewGuid(), trainingEvent, [new TrainingSession(Guid.NewGuid(), start.AddHours(-2), start)]);
        var ex = Assert.Throws<RuleViolationException>(() => SessionOverlap.EnsureFree(Guid.NewGuid(), trainingEvent,
            [new TrainingSession(Guid.NewGuid(), start.AddHours(-1), start.AddMinutes(1))]));
        Assert.Equal(SignUpRules.NoDoubleBookingIntoOverlappingSessions, ex.Rule);
    }

    [Fact]
    public void Withdrawals_after_the_cut_off_are_recorded_as_late()
    {
        var signUp = SignUpOf(Event(capacity: 3));
        var early = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var late = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);

        signUp.Withdraw(early, signUp.Event.SignUp.CancellationCutoff);
        signUp.Withdraw(late, signUp.Event.SignUp.CancellationCutoff.AddMinutes(1));

        Assert.False(early.LateWithdrawal);
        Assert.True(late.LateWithdrawal);
        Assert.Equal(SignUpRules.OnlyLiveBookingsAreWithdrawn, Assert.Throws<RuleViolationException>(() => signUp.Withdraw(late, Now)).Rule);
    }

    [Fact]
    public void Decisions_follow_the_approval_stages()
    {
        var signUp = SignUpOf(Event(capacity: 1, ApprovalMode.TwoStage));
        var booking = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        Assert.Equal(BookingStatus.AwaitingApproval, booking.Status);
        Assert.Equal((1, Agency), signUp.AwaitedStage(booking));

        Assert.Equal(SignUpRules.DecisionsFollowTheApprovalStages,
            Assert.Throws<RuleViolationException>(() => signUp.Decide(booking, 2, true, "dev:host", "ok", Now)).Rule);
        signUp.Decide(booking, 1, true, "dev:national", "meets the profile", Now);
        Assert.Equal(BookingStatus.AwaitingApproval, booking.Status);
        Assert.Equal((2, Host), signUp.AwaitedStage(booking));
        signUp.Decide(booking, 2, true, "dev:host", "seat confirmed", Now.AddHours(1));

        Assert.Equal(BookingStatus.Booked, booking.Status);
        Assert.Equal(["dev:national", "dev:host"], booking.Decisions.Select(d => d.DecidedBy));
        Assert.Equal(SignUpRules.DecisionsFollowTheApprovalStages,
            Assert.Throws<RuleViolationException>(() => signUp.AwaitedStage(booking)).Rule);
    }

    [Fact]
    public void Two_stages_need_two_approvers()
    {
        var signUp = SignUpOf(Event(capacity: 1, ApprovalMode.TwoStage));
        var booking = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        signUp.Decide(booking, 1, true, "dev:same", "ok", Now);

        Assert.Equal(SignUpRules.TwoStagesNeedTwoApprovers,
            Assert.Throws<RuleViolationException>(() => signUp.Decide(booking, 2, true, "dev:same", "ok", Now)).Rule);
    }

    [Fact]
    public void A_declined_booking_takes_no_seat_and_an_approved_one_waits_when_full()
    {
        var signUp = SignUpOf(Event(capacity: 1, ApprovalMode.Coordinator));
        var declined = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var first = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var second = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);

        signUp.Decide(declined, 1, false, "dev:host", "not the target group", Now);
        signUp.Decide(first, 1, true, "dev:host", "ok", Now);
        signUp.Decide(second, 1, true, "dev:host", "ok", Now);

        Assert.Equal(BookingStatus.Declined, declined.Status);
        Assert.Equal(BookingStatus.Booked, first.Status);
        Assert.Equal(BookingStatus.WaitListed, second.Status);
    }

    [Fact]
    public void New_to_the_programme_preferred_ranks_newcomers_before_returning_officials_on_the_wait_list()
    {
        var signUp = new EventBookings(Event(capacity: 1), 1, [], newcomersFirst: true);
        signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var returning = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now, newToProgramme: false);
        var newcomer = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var laterReturning = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now, newToProgramme: false);
        var laterNewcomer = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);

        // Positions keep the order of arrival; the promotion order puts newcomers first.
        Assert.Equal([1L, 2L, 3L, 4L], new[] { returning, newcomer, laterReturning, laterNewcomer }.Select(b => b.WaitListPosition!.Value));
        Assert.Equal([newcomer, laterNewcomer, returning, laterReturning], signUp.WaitList.Waiting);
        signUp.ChangeCapacity(2, Now);
        Assert.Equal(BookingStatus.Booked, newcomer.Status);
        Assert.Equal(BookingStatus.WaitListed, returning.Status);
    }

    [Fact]
    public void Without_the_newcomer_preference_the_wait_list_is_first_come_first_served()
    {
        var signUp = SignUpOf(Event(capacity: 1));
        signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var returning = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now, newToProgramme: false);
        var newcomer = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);

        Assert.Equal([returning, newcomer], signUp.WaitList.Waiting);
    }

    [Fact]
    public void Per_agency_quota_sends_a_nomination_beyond_it_to_the_wait_list()
    {
        var other = Guid.NewGuid();
        var signUp = SignUpOf(Event(capacity: 5, agencyQuota: 2));

        var ours = Enumerable.Range(0, 3).Select(_ => signUp.Nominate(Guid.NewGuid(), Agency, "c", Now)).ToList();
        var theirs = signUp.Nominate(Guid.NewGuid(), other, "c", Now);

        Assert.Equal([BookingStatus.Booked, BookingStatus.Booked, BookingStatus.WaitListed], ours.Select(b => b.Status));
        Assert.Equal(BookingStatus.Booked, theirs.Status);
        Assert.Equal(2, signUp.Seats.FreeSeats);
    }

    [Fact]
    public void Per_agency_quota_promotion_skips_agencies_at_their_quota_and_takes_the_next_eligible_in_order()
    {
        var other = Guid.NewGuid();
        var signUp = SignUpOf(Event(capacity: 2, agencyQuota: 1));
        var ourSeat = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var theirSeat = signUp.Nominate(Guid.NewGuid(), other, "c", Now);
        var oursWaiting = signUp.Nominate(Guid.NewGuid(), Agency, "c", Now);
        var theirsWaiting = signUp.Nominate(Guid.NewGuid(), other, "c", Now);

        signUp.Withdraw(theirSeat, Now);

        // Our agency is at its quota: the freed seat passes over our official to theirs.
        Assert.Equal(BookingStatus.Booked, theirsWaiting.Status);
        Assert.Equal(BookingStatus.WaitListed, oursWaiting.Status);
        signUp.ChangeCapacity(4, Now);
        Assert.Equal(BookingStatus.WaitListed, oursWaiting.Status);
        signUp.Withdraw(ourSeat, Now);
        Assert.Equal(BookingStatus.Booked, oursWaiting.Status);
    }

    private static EventBookings SignUpOf(TrainingEvent trainingEvent) => new(trainingEvent, 1, []);

    private static TrainingEvent Event(int capacity, ApprovalMode approval = ApprovalMode.None, int agencyQuota = 0)
    {
        var first = Now.AddDays(20);
        return new TrainingEvent(
            Guid.NewGuid(), Guid.NewGuid(), Participant.UK, Host, "London", false, "Europe/London", "en", capacity, 0,
            new SignUpWindow(Now.AddDays(-10), Now.AddDays(10), Now.AddDays(15)), [],
            [new TrainingSession(Guid.NewGuid(), first, first.AddHours(8))], approval, Now.AddDays(-20), agencyQuota: agencyQuota);
    }
}
