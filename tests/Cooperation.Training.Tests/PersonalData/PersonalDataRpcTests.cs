using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Training.PersonalData;
using Cooperation.Training.Tests.Cascades;
using Cooperation.Training.Tests.Completion;
using Cooperation.Training.Tests.Exchanges;
using Cooperation.Training.Tests.Infrastructure;
using Cooperation.Training.Tests.Needs;
using Grpc.Core;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.PersonalData;

public sealed class PersonalDataRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    /// <summary>An agency coordinator of the NCA: the role that erases an agency's officials, as in the working group.</summary>
    private static readonly DevelopmentPersona NcaAgencyCoordinator = new(
        "uk-nca-agency-coordinator", "Agency coordinator of the UK National Crime Agency",
        Participant.UK, DevelopmentPersonas.UkNationalCrimeAgency, [CooperationRoles.AgencyCoordinator]);

    private V1.PersonalDataService.PersonalDataServiceClient Client(string persona = Personas.UkCoordinator) => new(factory.ChannelFor(persona));

    private V1.PersonalDataService.PersonalDataServiceClient Client(DevelopmentPersona persona) => new(factory.ChannelFor(persona));

    /// <summary>An NCA official trained (completed, certified) and back from an exchange with the BG Border Police.</summary>
    private async Task<(string OfficialId, string ActivityId)> TrainedAndExchangedAsync()
    {
        var (activityId, outcomes) = await factory.AssessedTrainingAsync();
        var official = outcomes[0].OfficialId;
        await factory.CompletedAsync(official);
        return (official, activityId);
    }

    [Fact]
    public async Task ExportOfficialData_hands_out_everything_held_on_the_official_and_records_the_disclosure()
    {
        var (official, _) = await TrainedAndExchangedAsync();

        var export = await Client().ExportOfficialDataAsync(new V1.ExportOfficialDataRequest { OfficialId = official, Justification = "subject access request" });

        Assert.Equal(ExchangeRequests.Nca, export.Trainee.AgencyId);
        Assert.Equal(V1.BookingStatus.Booked, Assert.Single(export.Bookings).Status);
        Assert.Equal(V1.AttendanceMark.Present, Assert.Single(export.Attendance).Mark);
        Assert.True(Assert.Single(export.Completions).Completed);
        Assert.NotEmpty(Assert.Single(export.Certificates).VerificationCode);
        Assert.Equal(official, Assert.Single(export.Exchanges).GuestOfficialId);
        Assert.Equal(official, Assert.Single(export.CascadeCommitments).OfficialId);
        var record = Assert.Single(await factory.AuditOfAsync(PersonalDataAudit.Official, official));
        Assert.Equal(AuditAction.Disclose, record.Action);
        Assert.Equal("subject access request", record.Justification);
    }

    [Fact]
    public async Task ExportOfficialData_includes_the_participant_the_assessment_scores_and_a_certificate_revocation()
    {
        var (trainingEvent, bookings) = await ScheduledEvents.ScheduleAsync(factory, 1, r => r.HasAssessment = true);
        var completion = new V1.CompletionService.CompletionServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        await completion.RecordAssessmentAsync(new V1.RecordAssessmentRequest { BookingId = bookings[0], PreScore = 30, PostScore = 75 });
        var outcome = Assert.Single((await ScheduledEvents.HoldAndCompleteAsync(factory, trainingEvent, bookings)).Outcomes);
        await completion.RevokeCertificateAsync(new V1.RevokeCertificateRequest { CertificateId = outcome.CertificateId, Reason = "issued in error" });

        var export = await Client().ExportOfficialDataAsync(new V1.ExportOfficialDataRequest { OfficialId = outcome.OfficialId, Justification = "subject access request" });

        Assert.Equal("UK", export.Trainee.Participant);
        var completed = Assert.Single(export.Completions);
        Assert.Equal((30, 75), (completed.PreScore, completed.PostScore));
        var certificate = Assert.Single(export.Certificates);
        Assert.NotNull(certificate.RevokedAt);
        Assert.Equal("issued in error", certificate.RevocationReason);
    }

    [Fact]
    public async Task ExportOfficialData_answers_invalid_argument_not_found_and_permission_denied()
    {
        var (official, _) = await TrainedAndExchangedAsync();

        await RpcAssert.InvalidArgumentAsync("justification",
            () => Client().ExportOfficialDataAsync(new V1.ExportOfficialDataRequest { OfficialId = official }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("official_id",
            () => Client().ExportOfficialDataAsync(new V1.ExportOfficialDataRequest { OfficialId = "x", Justification = "sar" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().ExportOfficialDataAsync(
            new V1.ExportOfficialDataRequest { OfficialId = Guid.NewGuid().ToString(), Justification = "sar" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.BgCoordinator).ExportOfficialDataAsync(
            new V1.ExportOfficialDataRequest { OfficialId = official, Justification = "sar" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).ExportOfficialDataAsync(
            new V1.ExportOfficialDataRequest { OfficialId = official, Justification = "sar" }).ResponseAsync);
        Assert.Empty(await factory.AuditOfAsync(PersonalDataAudit.Official, official));
    }

    [Fact]
    public async Task EraseOfficial_replaces_the_id_everywhere_and_keeps_the_statistics()
    {
        var (official, activityId) = await TrainedAndExchangedAsync();
        var need = await factory.RegisteredAsync(headcount: 5);
        await factory.Needs().LinkActivityAsync(new V1.LinkActivityRequest { NeedId = need.Id, ActivityId = activityId });

        var erased = await Client(NcaAgencyCoordinator).EraseOfficialAsync(new V1.EraseOfficialRequest { OfficialId = official, Justification = "erasure request" });

        // The trainee row, the booking, the exchange (guest) and the cascade commitment.
        Assert.Equal(4, erased.RecordsAnonymised);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().ExportOfficialDataAsync(
            new V1.ExportOfficialDataRequest { OfficialId = official, Justification = "sar" }).ResponseAsync);
        Assert.Equal(1, (await factory.Needs().GetTrainingNeedAsync(new V1.GetTrainingNeedRequest { NeedId = need.Id })).Need.CoveredCount);
        var commitments = (await factory.Cascades().ListCascadeCommitmentsAsync(new V1.ListCascadeCommitmentsRequest { PageSize = 200 })).Commitments;
        Assert.DoesNotContain(commitments, c => c.OfficialId == official);
        var exchanges = (await factory.Exchanges().ListExchangesAsync(new V1.ListExchangesRequest { PageSize = 200 })).Exchanges;
        Assert.DoesNotContain(exchanges, x => x.GuestOfficialId == official || x.ReplacementOfficialId == official);
        Assert.Contains(await factory.AuditOfAsync(PersonalDataAudit.Official, official),
            r => r.Action == AuditAction.Erase && r.Justification == "erasure request");
    }

    [Fact]
    public async Task EraseOfficial_answers_invalid_argument_not_found_and_permission_denied()
    {
        var (official, _) = await TrainedAndExchangedAsync();

        await RpcAssert.InvalidArgumentAsync("justification", () => Client(NcaAgencyCoordinator).EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = official, Justification = " " }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client(NcaAgencyCoordinator).EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = Guid.NewGuid().ToString(), Justification = "erasure" }).ResponseAsync);
        // Another agency's coordinator may not, nor may a training coordinator (as in the working group).
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client("bg-border-police-coordinator").EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = official, Justification = "erasure" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client().EraseOfficialAsync(
            new V1.EraseOfficialRequest { OfficialId = official, Justification = "erasure" }).ResponseAsync);
        Assert.NotNull((await Client().ExportOfficialDataAsync(new V1.ExportOfficialDataRequest { OfficialId = official, Justification = "sar" })).Trainee);
    }
}
