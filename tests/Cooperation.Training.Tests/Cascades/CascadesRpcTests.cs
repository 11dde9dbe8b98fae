using Cooperation.Contracts.Messages.Training;
using Cooperation.Training.Cascades;
using Cooperation.Training.Tests.Exchanges;
using Cooperation.Training.Tests.Infrastructure;
using Google.Type;
using Grpc.Core;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Cascades;

public sealed class CascadesRpcTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    [Fact]
    public async Task CompleteExchange_commits_the_guest_to_cascade_ninety_days_later()
    {
        var completed = await factory.CompletedAsync();

        var listed = (await factory.Cascades().ListCascadeCommitmentsAsync(new V1.ListCascadeCommitmentsRequest { PageSize = 200 })).Commitments;
        var commitment = Assert.Single(listed, c => c.Id == completed.CascadeCommitmentId);
        Assert.Equal(completed.Exchange.Id, commitment.ExchangeId);
        Assert.Equal(completed.Exchange.GuestOfficialId, commitment.OfficialId);
        Assert.Equal(new Date { Year = 2024, Month = 1, Day = 10 }, commitment.DueOn);
        Assert.Null(commitment.OverdueAt);
    }

    [Fact]
    public async Task CommitToCascade_commits_an_official_who_completed_once()
    {
        var (_, outcomes) = await factory.AssessedTrainingAsync(officials: 2, present: 1);
        var request = new V1.CommitToCascadeRequest { BookingId = outcomes[0].BookingId, DueOn = factory.Today(60) };

        var commitment = (await factory.Cascades().CommitToCascadeAsync(request)).Commitment;

        Assert.Equal(outcomes[0].OfficialId, commitment.OfficialId);
        Assert.Equal(outcomes[0].BookingId, commitment.BookingId);
        Assert.Equal("dev:" + Personas.UkCoordinator, commitment.CommittedBy);
        Assert.Single(await factory.AuditOfAsync(CascadesAudit.Commitment, commitment.Id));
        await RpcAssert.FailedPreconditionAsync(CascadeRules.OneCascadeCommitmentPerTraining,
            () => factory.Cascades().CommitToCascadeAsync(request).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(CascadeRules.CascadesFollowACompletedTraining, () => factory.Cascades().CommitToCascadeAsync(
            new V1.CommitToCascadeRequest { BookingId = outcomes[1].BookingId, DueOn = factory.Today(60) }).ResponseAsync);
    }

    [Fact]
    public async Task CommitToCascade_answers_invalid_argument_not_found_and_permission_denied()
    {
        var (_, outcomes) = await factory.AssessedTrainingAsync();

        await RpcAssert.InvalidArgumentAsync("due_on", () => factory.Cascades().CommitToCascadeAsync(
            new V1.CommitToCascadeRequest { BookingId = outcomes[0].BookingId, DueOn = factory.Today(-1) }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("booking_id", () => factory.Cascades().CommitToCascadeAsync(
            new V1.CommitToCascadeRequest { DueOn = factory.Today(1) }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.Cascades().CommitToCascadeAsync(
            new V1.CommitToCascadeRequest { BookingId = Guid.NewGuid().ToString(), DueOn = factory.Today(1) }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Cascades(Personas.BgCoordinator).CommitToCascadeAsync(
            new V1.CommitToCascadeRequest { BookingId = outcomes[0].BookingId, DueOn = factory.Today(1) }).ResponseAsync);
    }

    [Fact]
    public async Task RecordCascadeSession_records_the_audience_and_announces_it()
    {
        var completed = await factory.CompletedAsync();
        var request = new V1.RecordCascadeSessionRequest
        {
            CommitmentId = completed.CascadeCommitmentId, DeliveredOn = factory.Today(), AudienceCount = 35, AgencyId = ExchangeRequests.Nca,
        };

        var answer = await factory.Cascades().RecordCascadeSessionAsync(request);

        Assert.Equal(35, answer.Session.AudienceCount);
        Assert.Equal(35, answer.Commitment.PeopleReached);
        var delivered = Assert.Single(await factory.OutboxAsync<CascadeDelivered>(), e => e.CommitmentId.ToString() == completed.CascadeCommitmentId);
        Assert.Equal("UK", delivered.Participant);
        Assert.Equal(35, delivered.AudienceCount);
        Assert.Single(await factory.AuditOfAsync(CascadesAudit.Session, answer.Session.Id));
    }

    [Fact]
    public async Task RecordCascadeSession_answers_invalid_argument_not_found_and_permission_denied()
    {
        var completed = await factory.CompletedAsync();
        V1.RecordCascadeSessionRequest Request() => new()
        {
            CommitmentId = completed.CascadeCommitmentId, DeliveredOn = factory.Today(), AudienceCount = 10, AgencyId = ExchangeRequests.Nca,
        };

        var tooMany = Request();
        tooMany.AudienceCount = 10_001;
        await RpcAssert.InvalidArgumentAsync("audience_count", () => factory.Cascades().RecordCascadeSessionAsync(tooMany).ResponseAsync);
        var tomorrow = Request();
        tomorrow.DeliveredOn = factory.Today(1);
        await RpcAssert.InvalidArgumentAsync("delivered_on", () => factory.Cascades().RecordCascadeSessionAsync(tomorrow).ResponseAsync);
        var noAgency = Request();
        noAgency.AgencyId = "";
        await RpcAssert.InvalidArgumentAsync("agency_id", () => factory.Cascades().RecordCascadeSessionAsync(noAgency).ResponseAsync);
        var unknown = Request();
        unknown.CommitmentId = Guid.NewGuid().ToString();
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => factory.Cascades().RecordCascadeSessionAsync(unknown).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => factory.Cascades(Personas.BgCoordinator).RecordCascadeSessionAsync(Request()).ResponseAsync);
    }

    [Fact]
    public async Task ListCascadeCommitments_shows_a_coordinator_their_own_agencys_only()
    {
        await factory.CompletedAsync();

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Cascades().ListCascadeCommitmentsAsync(
            new V1.ListCascadeCommitmentsRequest { AgencyId = ExchangeRequests.BorderPolice }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_size", () => factory.Cascades().ListCascadeCommitmentsAsync(
            new V1.ListCascadeCommitmentsRequest { PageSize = -1 }).ResponseAsync);
        var all = (await factory.Cascades("bg-co-chair").ListCascadeCommitmentsAsync(new V1.ListCascadeCommitmentsRequest { PageSize = 200 })).Commitments;
        Assert.NotEmpty(all);
        var own = (await factory.Cascades(Personas.BgCoordinator).ListCascadeCommitmentsAsync(new V1.ListCascadeCommitmentsRequest())).Commitments;
        Assert.Empty(own);
    }
}
