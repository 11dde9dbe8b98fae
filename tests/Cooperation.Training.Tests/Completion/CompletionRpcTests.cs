using Cooperation.Contracts.Messages.Training;
using Cooperation.Training.Completion;
using Cooperation.Training.Tests.Infrastructure;
using Grpc.Core;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Completion;

/// <summary>Every test schedules its event relative to the clock as it finds it, then moves the clock past its sessions.</summary>
public sealed class CompletionRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    private V1.CompletionService.CompletionServiceClient Client(string persona = Personas.UkCoordinator) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task An_official_who_attends_as_the_rule_asks_completes_and_gets_a_certificate_anyone_can_verify()
    {
        var (trainingEvent, bookings) = await HeldEventAsync(completionPercent: 75, officials: 3);
        var first = trainingEvent.Sessions[0].Id;
        var second = trainingEvent.Sessions[1].Id;
        await MarkAsync(trainingEvent.Id, first, (bookings[0], V1.AttendanceMark.Present), (bookings[1], V1.AttendanceMark.Present), (bookings[2], V1.AttendanceMark.Absent));
        await MarkAsync(trainingEvent.Id, second, (bookings[0], V1.AttendanceMark.Partial), (bookings[1], V1.AttendanceMark.Excused), (bookings[2], V1.AttendanceMark.Absent));

        var outcomes = (await Client().CompleteEventAsync(new V1.CompleteEventRequest { EventId = trainingEvent.Id })).Outcomes.ToDictionary(o => o.BookingId);

        Assert.True(outcomes[bookings[0]].Completed);
        Assert.Equal(1.5, outcomes[bookings[0]].AttendedSessions);
        Assert.False(outcomes[bookings[1]].Completed);
        Assert.False(outcomes[bookings[2]].Completed);
        Assert.Empty(outcomes[bookings[1]].VerificationCode);
        var code = outcomes[bookings[0]].VerificationCode;
        var anonymous = new V1.CompletionService.CompletionServiceClient(factory.AnonymousChannel);
        var verified = await anonymous.VerifyCertificateAsync(new V1.VerifyCertificateRequest { VerificationCode = code.ToLowerInvariant() });
        Assert.True(verified.Valid);
        Assert.Equal(trainingEvent.HostAgencyId, verified.IssuingAgencyId);
        Assert.False((await anonymous.VerifyCertificateAsync(new V1.VerifyCertificateRequest { VerificationCode = Flip(code) })).Valid);
        await RpcAssert.InvalidArgumentAsync("verification_code",
            () => anonymous.VerifyCertificateAsync(new V1.VerifyCertificateRequest { VerificationCode = "123" }).ResponseAsync);
        Assert.Contains(await factory.OutboxAsync<CertificateIssued>(), e => e.BookingId.ToString() == bookings[0]);
        Assert.Equal(3, (await factory.OutboxAsync<TrainingCompleted>()).Count(e => e.TrainingEventId.ToString() == trainingEvent.Id));
        await RpcAssert.FailedPreconditionAsync(CompletionRules.CompletionIsAssessedOnceAfterTheLastSession,
            () => Client().CompleteEventAsync(new V1.CompleteEventRequest { EventId = trainingEvent.Id }).ResponseAsync);
    }

    [Fact]
    public async Task RecordAttendance_answers_invalid_argument_not_found_permission_denied_and_the_rules()
    {
        var (trainingEvent, bookings) = await HeldEventAsync(completionPercent: 100, officials: 1);
        var session = trainingEvent.Sessions[0].Id;

        await RpcAssert.InvalidArgumentAsync("entries[0].mark",
            () => MarkAsync(trainingEvent.Id, session, (bookings[0], V1.AttendanceMark.Unspecified)));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => MarkAsync(trainingEvent.Id, Guid.NewGuid().ToString(), (bookings[0], V1.AttendanceMark.Present)));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => MarkAsync(Guid.NewGuid().ToString(), session, (bookings[0], V1.AttendanceMark.Present)));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => MarkAsync(trainingEvent.Id, session, factory.BgCoordinatorClient(), (bookings[0], V1.AttendanceMark.Present)));
        await RpcAssert.FailedPreconditionAsync(CompletionRules.AttendanceIsMarkedForBookedOfficials,
            () => MarkAsync(trainingEvent.Id, session, (Guid.NewGuid().ToString(), V1.AttendanceMark.Present)));

        var (future, futureBookings) = await ScheduledEventAsync(100, 1);
        await RpcAssert.FailedPreconditionAsync(CompletionRules.AttendanceIsMarkedOnceTheSessionStarted,
            () => MarkAsync(future.Id, future.Sessions[0].Id, (futureBookings[0], V1.AttendanceMark.Present)));
        await RpcAssert.FailedPreconditionAsync(CompletionRules.CompletionIsAssessedOnceAfterTheLastSession,
            () => Client().CompleteEventAsync(new V1.CompleteEventRequest { EventId = future.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().CompleteEventAsync(new V1.CompleteEventRequest { EventId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("event_id", () => Client().CompleteEventAsync(new V1.CompleteEventRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.BgCoordinatorClient().CompleteEventAsync(new V1.CompleteEventRequest { EventId = trainingEvent.Id }).ResponseAsync);
    }

    private static string Flip(string code) => (code[0] == '0' ? "1" : "0") + code[1..];

    private Task MarkAsync(string eventId, string sessionId, params (string BookingId, V1.AttendanceMark Mark)[] marks) =>
        MarkAsync(eventId, sessionId, Client(), marks);

    private static async Task MarkAsync(string eventId, string sessionId, V1.CompletionService.CompletionServiceClient client,
        params (string BookingId, V1.AttendanceMark Mark)[] marks)
    {
        var request = new V1.RecordAttendanceRequest { EventId = eventId, SessionId = sessionId };
        request.Entries.AddRange(marks.Select(m => new V1.AttendanceEntry { BookingId = m.BookingId, Mark = m.Mark }));
        await client.RecordAttendanceAsync(request);
    }

    /// <summary>An event whose two sessions are over, with <paramref name="officials"/> booked.</summary>
    private async Task<(V1.TrainingEvent Event, List<string> Bookings)> HeldEventAsync(int completionPercent, int officials)
    {
        var scheduled = await ScheduledEventAsync(completionPercent, officials);
        factory.Clock.Advance(TimeSpan.FromDays(4));
        return scheduled;
    }

    private Task<(V1.TrainingEvent Event, List<string> Bookings)> ScheduledEventAsync(int completionPercent, int officials) =>
        ScheduledEvents.ScheduleAsync(factory, officials, r => r.CompletionPercent = completionPercent);
}
