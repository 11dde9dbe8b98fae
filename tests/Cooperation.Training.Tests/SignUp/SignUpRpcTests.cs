using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Training.SignUp;
using Cooperation.Training.Tests.Events;
using Cooperation.Training.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.SignUp;

public sealed class SignUpRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    private static readonly string Nca = DevelopmentPersonas.UkNationalCrimeAgency.ToString();

    private V1.SignUpService.SignUpServiceClient Client(string persona = Personas.UkCoordinator) => new(factory.ChannelFor(persona));

    private V1.SignUpService.SignUpServiceClient BgClient => new(factory.ChannelFor(Personas.BgCoordinator));

    [Fact]
    public async Task NominateOfficial_books_within_capacity_then_wait_lists_and_announces_each_seat()
    {
        var trainingEvent = await EventAsync(capacity: 1);

        var first = (await NominateAsync(trainingEvent.Id)).Booking;
        var second = (await NominateAsync(trainingEvent.Id)).Booking;

        Assert.Equal(V1.BookingStatus.Booked, first.Status);
        Assert.Equal(V1.BookingStatus.WaitListed, second.Status);
        Assert.Equal(1, second.WaitListPosition);
        Assert.Equal("dev:" + Personas.UkCoordinator, first.NominatedBy);
        var announced = (await factory.OutboxAsync<BookingApproved>()).Where(e => e.TrainingEventId.ToString() == trainingEvent.Id).ToList();
        Assert.Equal(first.Id, Assert.Single(announced).BookingId.ToString());
        Assert.Single(await factory.AuditOfAsync(SignUpAudit.Booking, second.Id));
    }

    [Fact]
    public async Task NominateOfficial_of_another_agency_is_permission_denied()
    {
        var trainingEvent = await EventAsync();
        var official = Guid.NewGuid().ToString();
        await NominateAsync(trainingEvent.Id, official);

        // The BG coordinator may not nominate for the NCA, nor claim an official the NCA nominated.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => BgClient.NominateOfficialAsync(new V1.NominateOfficialRequest
        {
            EventId = trainingEvent.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = Nca,
        }).ResponseAsync);
        var other = await EventAsync();
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => BgClient.NominateOfficialAsync(new V1.NominateOfficialRequest
        {
            EventId = other.Id, OfficialId = official, AgencyId = DevelopmentPersonas.BgBorderPolice.ToString(),
        }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).NominateOfficialAsync(new V1.NominateOfficialRequest
        {
            EventId = trainingEvent.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = Nca,
        }).ResponseAsync);
    }

    [Fact]
    public async Task NominateOfficial_answers_invalid_argument_not_found_and_the_rules()
    {
        await RpcAssert.InvalidArgumentAsync("official_id",
            () => Client().NominateOfficialAsync(new V1.NominateOfficialRequest { EventId = Guid.NewGuid().ToString(), AgencyId = Nca }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => NominateAsync(Guid.NewGuid().ToString()));

        var trainingEvent = await EventAsync();
        var official = Guid.NewGuid().ToString();
        await NominateAsync(trainingEvent.Id, official);
        await RpcAssert.FailedPreconditionAsync(SignUpRules.OneBookingPerOfficialAndEvent, () => NominateAsync(trainingEvent.Id, official));
        // The same default dates: every session of the second event overlaps the first's.
        var overlapping = await EventAsync();
        await RpcAssert.FailedPreconditionAsync(SignUpRules.NoDoubleBookingIntoOverlappingSessions, () => NominateAsync(overlapping.Id, official));

        var closed = EventRequests.NewEvent((await EventRequests.PublishedActivityAsync(factory)).Id);
        closed.SignUpOpensAt = Timestamp.FromDateTimeOffset(factory.Clock.GetUtcNow().AddDays(1));
        var notYetOpen = (await new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator)).ScheduleEventAsync(closed)).Event;
        await RpcAssert.FailedPreconditionAsync(SignUpRules.SignUpIsOpen, () => NominateAsync(notYetOpen.Id));
    }

    [Fact]
    public async Task Fifty_officials_booking_the_last_ten_seats_at_once_give_ten_bookings_and_forty_wait_listed_in_a_stable_order()
    {
        var trainingEvent = await EventAsync(capacity: 10);

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => NominateAsync(trainingEvent.Id)));

        var booked = answers.Select(a => a.Booking).Where(b => b.Status == V1.BookingStatus.Booked).ToList();
        var waiting = answers.Select(a => a.Booking).Where(b => b.Status == V1.BookingStatus.WaitListed).ToList();
        Assert.Equal(10, booked.Count);
        Assert.Equal(40, waiting.Count);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), waiting.Select(b => b.WaitListPosition).Order());
        var listed = (await Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = trainingEvent.Id })).Bookings;
        var again = (await Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = trainingEvent.Id })).Bookings;
        Assert.Equal(10, listed.Count(b => b.Status == V1.BookingStatus.Booked));
        Assert.Equal(waiting.OrderBy(b => b.WaitListPosition).Select(b => b.Id), listed.Where(b => b.Status == V1.BookingStatus.WaitListed).Select(b => b.Id));
        Assert.Equal(listed, again);
        var announced = (await factory.OutboxAsync<BookingApproved>()).Where(e => e.TrainingEventId.ToString() == trainingEvent.Id).ToList();
        Assert.Equal(booked.Select(b => b.Id).Order(), announced.Select(e => e.BookingId.ToString()).Order());
    }

    [Fact]
    public async Task WithdrawBooking_promotes_the_front_of_the_wait_list_and_records_a_late_withdrawal()
    {
        var request = EventRequests.NewEvent((await EventRequests.PublishedActivityAsync(factory)).Id, capacity: 1);
        request.CancellationCutoff = Timestamp.FromDateTimeOffset(factory.Clock.GetUtcNow().AddDays(-1));
        var trainingEvent = (await new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator)).ScheduleEventAsync(request)).Event;
        var first = (await NominateAsync(trainingEvent.Id)).Booking;
        var second = (await NominateAsync(trainingEvent.Id)).Booking;
        await NominateAsync(trainingEvent.Id);

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => BgClient.WithdrawBookingAsync(new V1.WithdrawBookingRequest { BookingId = first.Id }).ResponseAsync);
        var answer = await Client().WithdrawBookingAsync(new V1.WithdrawBookingRequest { BookingId = first.Id });

        Assert.Equal(V1.BookingStatus.Withdrawn, answer.Booking.Status);
        Assert.True(answer.Booking.LateWithdrawal);
        Assert.Equal(second.Id, Assert.Single(answer.Promoted).Id);
        Assert.Equal(V1.BookingStatus.Booked, answer.Promoted[0].Status);
        await RpcAssert.FailedPreconditionAsync(SignUpRules.OnlyLiveBookingsAreWithdrawn,
            () => Client().WithdrawBookingAsync(new V1.WithdrawBookingRequest { BookingId = first.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().WithdrawBookingAsync(new V1.WithdrawBookingRequest { BookingId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("booking_id",
            () => Client().WithdrawBookingAsync(new V1.WithdrawBookingRequest()).ResponseAsync);
    }

    [Fact]
    public async Task ChangeEventCapacity_promotes_in_order_and_never_goes_below_the_booked()
    {
        var trainingEvent = await EventAsync(capacity: 1);
        await NominateAsync(trainingEvent.Id);
        var waiting = new[] { (await NominateAsync(trainingEvent.Id)).Booking, (await NominateAsync(trainingEvent.Id)).Booking };

        var raised = await Client().ChangeEventCapacityAsync(new V1.ChangeEventCapacityRequest { EventId = trainingEvent.Id, Capacity = 2 });

        Assert.Equal(2, raised.Capacity);
        Assert.Equal(waiting[0].Id, Assert.Single(raised.Promoted).Id);
        var events = new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        Assert.Equal(2, (await events.GetEventAsync(new V1.GetEventRequest { EventId = trainingEvent.Id })).Event.Capacity);
        await RpcAssert.FailedPreconditionAsync(SignUpRules.CapacityCoversTheBookings,
            () => Client().ChangeEventCapacityAsync(new V1.ChangeEventCapacityRequest { EventId = trainingEvent.Id, Capacity = 1 }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => BgClient.ChangeEventCapacityAsync(new V1.ChangeEventCapacityRequest { EventId = trainingEvent.Id, Capacity = 5 }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().ChangeEventCapacityAsync(new V1.ChangeEventCapacityRequest { EventId = Guid.NewGuid().ToString(), Capacity = 5 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("capacity",
            () => Client().ChangeEventCapacityAsync(new V1.ChangeEventCapacityRequest { EventId = trainingEvent.Id }).ResponseAsync);
    }

    [Fact]
    public async Task DecideBooking_records_who_when_and_why_at_each_stage()
    {
        var trainingEvent = await EventAsync(approval: V1.ApprovalMode.TwoStage);
        var booking = (await BgClient.NominateOfficialAsync(new V1.NominateOfficialRequest
        {
            EventId = trainingEvent.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = DevelopmentPersonas.BgBorderPolice.ToString(),
        })).Booking;
        Assert.Equal(V1.BookingStatus.AwaitingApproval, booking.Status);

        // Stage 1 is the nominating agency's, stage 2 the host's.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client().DecideBookingAsync(Decision(booking.Id, 1)).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(SignUpRules.DecisionsFollowTheApprovalStages,
            () => BgClient.DecideBookingAsync(Decision(booking.Id, 2)).ResponseAsync);
        await BgClient.DecideBookingAsync(Decision(booking.Id, 1));
        var decided = (await Client().DecideBookingAsync(Decision(booking.Id, 2))).Booking;

        Assert.Equal(V1.BookingStatus.Booked, decided.Status);
        Assert.Equal(["dev:" + Personas.BgCoordinator.Name, "dev:" + Personas.UkCoordinator], decided.Decisions.Select(d => d.DecidedBy));
        Assert.All(decided.Decisions, d => Assert.Equal("meets the target group", d.Reason));
        await RpcAssert.FailedPreconditionAsync(SignUpRules.DecisionsFollowTheApprovalStages,
            () => Client().DecideBookingAsync(Decision(booking.Id, 2)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().DecideBookingAsync(Decision(Guid.NewGuid().ToString(), 1)).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("stage", () => Client().DecideBookingAsync(Decision(booking.Id, 3)).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("reason",
            () => Client().DecideBookingAsync(new V1.DecideBookingRequest { BookingId = booking.Id, Stage = 1 }).ResponseAsync);
    }

    [Fact]
    public async Task ListBookings_shows_another_agency_only_its_own_officials_and_runs_a_fixed_number_of_commands()
    {
        var small = await EventAsync(capacity: 5);
        await NominateAsync(small.Id);
        var large = await EventAsync(capacity: 30, approval: V1.ApprovalMode.Coordinator);
        for (var i = 0; i < 24; i++)
        {
            await NominateAsync(large.Id);
        }

        var bg = (await BgClient.NominateOfficialAsync(new V1.NominateOfficialRequest
        {
            EventId = large.Id, OfficialId = Guid.NewGuid().ToString(), AgencyId = DevelopmentPersonas.BgBorderPolice.ToString(),
        })).Booking;
        await Client().DecideBookingAsync(Decision(bg.Id, 1));

        // The outbox relay works in the background on the same database: the fewest of three calls is the call's own.
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        var one = await FewestCommandsAsync(counter, () => Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = small.Id }).ResponseAsync);
        var many = await FewestCommandsAsync(counter, () => Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = large.Id }).ResponseAsync);
        var all = (await Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = large.Id })).Bookings;

        Assert.Equal(25, all.Count);
        Assert.Equal(bg.Id, all[0].Id);
        Assert.Equal(one, many);
        Assert.InRange(many, 1, 8);
        Assert.Equal([bg.Id], (await BgClient.ListBookingsAsync(new V1.ListBookingsRequest { EventId = large.Id })).Bookings.Select(b => b.Id));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("event_id", () => Client().ListBookingsAsync(new V1.ListBookingsRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => Client(Personas.Analyst).ListBookingsAsync(new V1.ListBookingsRequest { EventId = large.Id }).ResponseAsync);
    }

    [Fact]
    public async Task ListBookings_pages_in_list_order_with_the_same_commands_for_a_page_of_one_and_of_many()
    {
        var trainingEvent = await EventAsync(capacity: 3);
        var nominated = new List<V1.Booking>();
        for (var i = 0; i < 7; i++)
        {
            nominated.Add((await NominateAsync(trainingEvent.Id)).Booking);
        }

        var first = await Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = trainingEvent.Id, PageSize = 4 });
        var second = await Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = trainingEvent.Id, PageSize = 4, PageToken = first.NextPageToken });

        Assert.Equal(4, first.Bookings.Count);
        Assert.NotEmpty(first.NextPageToken);
        Assert.Equal(3, second.Bookings.Count);
        Assert.Empty(second.NextPageToken);
        // Booked (all at one instant of the test clock), then the wait-list by position.
        var listed = first.Bookings.Concat(second.Bookings).ToList();
        Assert.Equal(nominated.Take(3).Select(b => b.Id).Order(), listed.Take(3).Select(b => b.Id).Order());
        Assert.Equal(nominated.Skip(3).Select(b => b.Id), listed.Skip(3).Select(b => b.Id));
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        var one = await FewestCommandsAsync(counter,
            () => Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = trainingEvent.Id, PageSize = 1 }).ResponseAsync);
        var many = await FewestCommandsAsync(counter,
            () => Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = trainingEvent.Id, PageSize = 7 }).ResponseAsync);
        Assert.Equal(one, many);
        await RpcAssert.InvalidArgumentAsync("page_size",
            () => Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = trainingEvent.Id, PageSize = -1 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_token",
            () => Client().ListBookingsAsync(new V1.ListBookingsRequest { EventId = trainingEvent.Id, PageToken = "not a token" }).ResponseAsync);
    }

    private static async Task<int> FewestCommandsAsync(DbCommandCounter counter, Func<Task> call)
    {
        var fewest = int.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            counter.Reset();
            await call();
            fewest = Math.Min(fewest, counter.Count);
        }

        return fewest;
    }

    private static V1.DecideBookingRequest Decision(string bookingId, int stage) =>
        new() { BookingId = bookingId, Stage = stage, Approve = true, Reason = "meets the target group" };

    private Task<V1.NominateOfficialResponse> NominateAsync(string eventId, string? officialId = null) =>
        Client().NominateOfficialAsync(new V1.NominateOfficialRequest
        {
            EventId = eventId, OfficialId = officialId ?? Guid.NewGuid().ToString(), AgencyId = Nca,
        }).ResponseAsync;

    private async Task<V1.TrainingEvent> EventAsync(int capacity = 20, V1.ApprovalMode approval = V1.ApprovalMode.None)
    {
        var activity = await EventRequests.PublishedActivityAsync(factory);
        var events = new V1.EventsService.EventsServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        return (await events.ScheduleEventAsync(EventRequests.NewEvent(activity.Id, capacity, approval))).Event;
    }
}
