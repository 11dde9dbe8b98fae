using Xunit.Abstractions;
using Cooperation.WorkingGroup.Tests.CooperationAreas;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Reviews;

/// <summary>
/// Reading reviews runs the same few commands whatever the page size or the number recorded.
/// The reviews are the programme's one history, so each test counts on a fresh programme of its own.
/// </summary>
public sealed class StatementReviewsQueryCountTests : IDisposable
{
    private const int Many = 20;
    private const int MaxCommands = 2;

    private readonly WorkingGroupServiceFactory _factory = new();
    private readonly V1.StatementReviewsService.StatementReviewsServiceClient _client;

    private readonly ITestOutputHelper _output;

    public StatementReviewsQueryCountTests(ITestOutputHelper output)
    {
        _output = output;
        _client = new V1.StatementReviewsService.StatementReviewsServiceClient(_factory.Channel);
        _factory.Clock.SetUtcNow(new DateTimeOffset(2025, 1, 15, 9, 0, 0, TimeSpan.Zero));
    }

    private async Task RecordAsync(int count)
    {
        var first = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            await _client.RecordStatementReviewAsync(new V1.RecordStatementReviewRequest
            {
                ReviewedOn = WireDates.On(first.AddDays(7 * i)), Outcome = V1.ReviewOutcome.Continue, Summary = "counted",
            });
        }
    }

    [Fact]
    public async Task ListStatementReviews_runs_as_many_commands_for_a_page_of_one_as_for_a_page_of_many()
    {
        await RecordAsync(Many);

        var one = await CommandCount.OfAsync(_factory, async () =>
            Assert.Single((await _client.ListStatementReviewsAsync(new V1.ListStatementReviewsRequest { PageSize = 1 })).Reviews));
        var many = await CommandCount.OfAsync(_factory, async () =>
            Assert.Equal(Many, (await _client.ListStatementReviewsAsync(new V1.ListStatementReviewsRequest { PageSize = Many })).Reviews.Count));

        _output.WriteLine($"commands: {one} for one, {many} for many");
        Assert.Equal(one, many);
        Assert.InRange(many, 1, MaxCommands);
    }

    [Fact]
    public async Task GetReviewSchedule_runs_as_many_commands_after_one_review_as_after_many()
    {
        await RecordAsync(1);
        var one = await CommandCount.OfAsync(_factory, () => _client.GetReviewScheduleAsync(new V1.GetReviewScheduleRequest()).ResponseAsync);
        await RecordAsync(Many);
        var many = await CommandCount.OfAsync(_factory, () => _client.GetReviewScheduleAsync(new V1.GetReviewScheduleRequest()).ResponseAsync);

        _output.WriteLine($"commands: {one} for one, {many} for many");
        Assert.Equal(one, many);
        Assert.InRange(many, 1, MaxCommands);
    }

    public void Dispose() => _factory.Dispose();
}
