using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Reviews;

// A factory per test: the reviews are the programme's one history, so a review one test records changes what another may record.
public sealed class StatementReviewsAccessTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();

    public StatementReviewsAccessTests() => _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 1, 15, 9, 0, 0, TimeSpan.Zero));

    private V1.StatementReviewsService.StatementReviewsServiceClient ClientAs(string persona) => new(_factory.ChannelFor(persona));

    private static V1.RecordStatementReviewRequest Request() => new()
    {
        ReviewedOn = WireDates.On("2024-11-13"), Outcome = V1.ReviewOutcome.Continue, Summary = "Cooperation continues.",
    };

    [Fact]
    public async Task RecordStatementReview_leaves_one_audit_record_naming_the_caller_and_the_review()
    {
        var review = (await ClientAs("uk-co-chair").RecordStatementReviewAsync(Request())).Review;

        await AuditAssert.SingleByDefaultCallerAsync(_factory, "RecordStatementReview", "create", "StatementReview", review.Id);
    }

    [Fact]
    public async Task Only_a_co_chair_records_a_review()
    {
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("uk-training-coordinator").RecordStatementReviewAsync(Request()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => new V1.StatementReviewsService.StatementReviewsServiceClient(_factory.AnonymousChannel)
            .RecordStatementReviewAsync(Request()).ResponseAsync);
        await ClientAs("analyst").GetReviewScheduleAsync(new V1.GetReviewScheduleRequest());
        Assert.Empty(await AuditRecords.AllAsync(_factory));
    }

    public void Dispose() => _factory.Dispose();
}
