using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Training.Completion;
using Cooperation.Training.Tests.Infrastructure;
using Grpc.Core;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Completion;

/// <summary>Every test schedules its event relative to the clock as it finds it, then moves the clock past its sessions.</summary>
public sealed class AssessmentAndCertificateRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    private V1.CompletionService.CompletionServiceClient Client => new(factory.ChannelFor(Personas.UkCoordinator));

    [Fact]
    public async Task RecordAssessment_keeps_pre_and_post_scores_that_the_completion_announces_with_the_participant()
    {
        var (trainingEvent, bookings) = await ScheduledEvents.ScheduleAsync(factory, 2, r => r.HasAssessment = true);

        await Client.RecordAssessmentAsync(new V1.RecordAssessmentRequest { BookingId = bookings[0], PreScore = 40 });
        var both = await Client.RecordAssessmentAsync(new V1.RecordAssessmentRequest { BookingId = bookings[0], PostScore = 85.5 });
        var outcomes = (await ScheduledEvents.HoldAndCompleteAsync(factory, trainingEvent, bookings)).Outcomes.ToDictionary(o => o.BookingId);

        Assert.Equal((40, 85.5), (both.PreScore, both.PostScore));
        Assert.Equal((40, 85.5), (outcomes[bookings[0]].PreScore, outcomes[bookings[0]].PostScore));
        Assert.False(outcomes[bookings[1]].HasPreScore);
        var announced = (await factory.OutboxAsync<TrainingCompleted>()).Where(e => e.TrainingEventId.ToString() == trainingEvent.Id).ToDictionary(e => e.BookingId.ToString());
        Assert.Equal((40m, 85.5m), (announced[bookings[0]].PreScore, announced[bookings[0]].PostScore));
        Assert.Null(announced[bookings[1]].PostScore);
        Assert.All(announced.Values, e => Assert.Equal(ParticipantCodes.UnitedKingdom, e.Participant));
        Assert.Equal(2, (await factory.AuditOfAsync(CompletionAudit.Assessment, bookings[0])).Count);
        await RpcAssert.FailedPreconditionAsync(CompletionRules.AssessmentIsRecordedBeforeCompletion,
            () => Client.RecordAssessmentAsync(new V1.RecordAssessmentRequest { BookingId = bookings[1], PostScore = 70 }).ResponseAsync);
    }

    [Fact]
    public async Task RecordAssessment_answers_invalid_argument_not_found_permission_denied_and_the_rules()
    {
        var (withAssessment, bookings) = await ScheduledEvents.ScheduleAsync(factory, 1, r => r.HasAssessment = true);
        var (without, otherBookings) = await ScheduledEvents.ScheduleAsync(factory, 1);

        await RpcAssert.InvalidArgumentAsync("booking_id", () => Client.RecordAssessmentAsync(new V1.RecordAssessmentRequest { PreScore = 1 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("pre_score",
            () => Client.RecordAssessmentAsync(new V1.RecordAssessmentRequest { BookingId = bookings[0], PreScore = 101 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("post_score", () => Client.RecordAssessmentAsync(new V1.RecordAssessmentRequest { BookingId = bookings[0] }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.RecordAssessmentAsync(new V1.RecordAssessmentRequest { BookingId = Guid.NewGuid().ToString(), PreScore = 1 }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => new V1.CompletionService.CompletionServiceClient(factory.ChannelFor(Personas.BgCoordinator))
                .RecordAssessmentAsync(new V1.RecordAssessmentRequest { BookingId = bookings[0], PreScore = 1 }).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(CompletionRules.AssessmentOnlyWhereTheActivityHasOne,
            () => Client.RecordAssessmentAsync(new V1.RecordAssessmentRequest { BookingId = otherBookings[0], PreScore = 1 }).ResponseAsync);
        Assert.NotEqual(withAssessment.Id, without.Id);
    }

    [Fact]
    public async Task A_certificate_expires_after_the_activity_s_validity_and_verifies_as_expired()
    {
        var (trainingEvent, bookings) = await ScheduledEvents.ScheduleAsync(factory, 1, r => r.CertificateValidityMonths = 12);
        var outcome = Assert.Single((await ScheduledEvents.HoldAndCompleteAsync(factory, trainingEvent, bookings)).Outcomes);
        var anonymous = new V1.CompletionService.CompletionServiceClient(factory.AnonymousChannel);

        var fresh = await anonymous.VerifyCertificateAsync(new V1.VerifyCertificateRequest { VerificationCode = outcome.VerificationCode });
        factory.Clock.Advance(TimeSpan.FromDays(370));
        var old = await anonymous.VerifyCertificateAsync(new V1.VerifyCertificateRequest { VerificationCode = outcome.VerificationCode });

        Assert.True(fresh.Valid);
        Assert.Equal(V1.CertificateStatus.Valid, fresh.Status);
        Assert.Equal(fresh.IssuedAt.ToDateTimeOffset().AddMonths(12), fresh.ExpiresAt.ToDateTimeOffset());
        Assert.False(old.Valid);
        Assert.Equal(V1.CertificateStatus.Expired, old.Status);
        Assert.Equal(V1.CertificateStatus.UnknownCode,
            (await anonymous.VerifyCertificateAsync(new V1.VerifyCertificateRequest { VerificationCode = "0000000000000000000Z" })).Status);
    }

    [Fact]
    public async Task RevokeCertificate_revokes_once_with_a_reason_announces_it_and_the_code_verifies_as_revoked()
    {
        var (trainingEvent, bookings) = await ScheduledEvents.ScheduleAsync(factory, 1);
        var outcome = Assert.Single((await ScheduledEvents.HoldAndCompleteAsync(factory, trainingEvent, bookings)).Outcomes);

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => new V1.CompletionService.CompletionServiceClient(factory.ChannelFor(Personas.BgCoordinator))
                .RevokeCertificateAsync(new V1.RevokeCertificateRequest { CertificateId = outcome.CertificateId, Reason = "x" }).ResponseAsync);
        var revoked = await Client.RevokeCertificateAsync(new V1.RevokeCertificateRequest { CertificateId = outcome.CertificateId, Reason = "Issued in error" });

        Assert.Equal(factory.Clock.GetUtcNow(), revoked.RevokedAt.ToDateTimeOffset());
        var verified = await new V1.CompletionService.CompletionServiceClient(factory.AnonymousChannel)
            .VerifyCertificateAsync(new V1.VerifyCertificateRequest { VerificationCode = outcome.VerificationCode });
        Assert.False(verified.Valid);
        Assert.Equal(V1.CertificateStatus.Revoked, verified.Status);
        Assert.Single(await factory.OutboxAsync<CertificateRevoked>(), e => e.CertificateId.ToString() == outcome.CertificateId);
        Assert.Equal(2, (await factory.AuditOfAsync(CompletionAudit.Certificate, outcome.CertificateId)).Count);
        await RpcAssert.FailedPreconditionAsync(CompletionRules.CertificatesAreRevokedOnce,
            () => Client.RevokeCertificateAsync(new V1.RevokeCertificateRequest { CertificateId = outcome.CertificateId, Reason = "again" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.RevokeCertificateAsync(new V1.RevokeCertificateRequest { CertificateId = Guid.NewGuid().ToString(), Reason = "x" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("reason",
            () => Client.RevokeCertificateAsync(new V1.RevokeCertificateRequest { CertificateId = outcome.CertificateId }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("certificate_id",
            () => Client.RevokeCertificateAsync(new V1.RevokeCertificateRequest { Reason = "x" }).ResponseAsync);
    }
}
