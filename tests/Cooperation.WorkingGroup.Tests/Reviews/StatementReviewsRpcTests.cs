using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Reviews;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Reviews;

// A factory per test: the reviews are the programme's one history, so a review one test records changes what another may record.
public sealed class StatementReviewsRpcTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();
    private readonly V1.StatementReviewsService.StatementReviewsServiceClient _client;

    public StatementReviewsRpcTests()
    {
        _client = new V1.StatementReviewsService.StatementReviewsServiceClient(_factory.Channel);
        _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 1, 15, 9, 0, 0, TimeSpan.Zero));
    }

    private Task<V1.RecordStatementReviewResponse> RecordAsync(string on, V1.ReviewOutcome outcome = V1.ReviewOutcome.Continue) =>
        _client.RecordStatementReviewAsync(new V1.RecordStatementReviewRequest
        {
            ReviewedOn = WireDates.On(on), Outcome = outcome, Summary = "Cooperation continues; training expanded.",
        }).ResponseAsync;

    [Fact]
    public async Task RecordStatementReview_returns_the_stored_review_and_announces_it_once()
    {
        var review = (await RecordAsync("2024-11-13")).Review;

        Assert.Equal(("2024-11-13", V1.ReviewOutcome.Continue), (WireDates.Text(review.ReviewedOn), review.Outcome));
        Assert.Equal([review], (await _client.ListStatementReviewsAsync(new V1.ListStatementReviewsRequest())).Reviews);
        var announced = await OutboxAssert.SingleAsync<StatementReviewed>(_factory);
        Assert.Equal((Guid.Parse(review.Id), new DateOnly(2024, 11, 13), "continue"), (announced.ReviewId, announced.ReviewedOn, announced.Outcome));
    }

    [Fact]
    public async Task RecordStatementReview_validates_its_fields()
    {
        await RpcAssert.InvalidArgumentAsync("reviewed_on", () => RecordAsync("2024-13-01"));
        await RpcAssert.InvalidArgumentAsync("outcome", () => RecordAsync("2024-11-13", V1.ReviewOutcome.Unspecified));
        await RpcAssert.InvalidArgumentAsync("summary", () => _client.RecordStatementReviewAsync(
            new V1.RecordStatementReviewRequest { ReviewedOn = WireDates.On("2024-11-13"), Outcome = V1.ReviewOutcome.Amend }).ResponseAsync);
    }

    [Fact]
    public async Task RecordStatementReview_breaks_a_rule_in_the_future_out_of_order_or_after_conclusion()
    {
        await RpcAssert.FailedPreconditionAsync(ReviewRules.ReviewNotInFuture, () => RecordAsync("2025-01-16"));
        await RecordAsync("2024-11-13", V1.ReviewOutcome.Amend);
        await RpcAssert.FailedPreconditionAsync(ReviewRules.ReviewsInDateOrder, () => RecordAsync("2024-11-12"));
        await RecordAsync("2024-12-01", V1.ReviewOutcome.Conclude);
        await RpcAssert.FailedPreconditionAsync(ReviewRules.NoReviewAfterConclusion, () => RecordAsync("2025-01-15"));
        Assert.Equal(2, (await OutboxAssert.AllAsync<StatementReviewed>(_factory)).Count);
    }

    [Fact]
    public async Task ListStatementReviews_lists_newest_first_and_pages()
    {
        await RecordAsync("2024-03-01");
        await RecordAsync("2024-06-01");
        await RecordAsync("2024-09-01");

        var page1 = await _client.ListStatementReviewsAsync(new V1.ListStatementReviewsRequest { PageSize = 2 });
        var page2 = await _client.ListStatementReviewsAsync(new V1.ListStatementReviewsRequest { PageSize = 2, PageToken = page1.NextPageToken });

        Assert.Equal(["2024-09-01", "2024-06-01", "2024-03-01"], page1.Reviews.Concat(page2.Reviews).Select(r => WireDates.Text(r.ReviewedOn)));
        await RpcAssert.InvalidArgumentAsync("page_token", () => _client.ListStatementReviewsAsync(
            new V1.ListStatementReviewsRequest { PageToken = "%%%" }).ResponseAsync);
    }

    [Fact]
    public async Task GetReviewSchedule_reports_the_last_review_and_when_the_next_is_due()
    {
        var before = (await _client.GetReviewScheduleAsync(new V1.GetReviewScheduleRequest())).Schedule;
        var review = (await RecordAsync("2024-12-01")).Review;
        var after = (await _client.GetReviewScheduleAsync(new V1.GetReviewScheduleRequest())).Schedule;

        Assert.Equal((null, "2024-11-13", true, 12), (before.LastReview, WireDates.Text(before.NextReviewDue), before.Overdue, before.ReviewIntervalMonths));
        Assert.Equal((review, "2025-12-01", false, false), (after.LastReview, WireDates.Text(after.NextReviewDue), after.Overdue, after.Concluded));
    }

    public void Dispose() => _factory.Dispose();
}
