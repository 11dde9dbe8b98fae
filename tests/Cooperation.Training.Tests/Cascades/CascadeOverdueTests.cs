using Cooperation.Contracts.Messages.Training;
using Cooperation.Training.Cascades;
using Cooperation.Training.Tests.Exchanges;
using Cooperation.Training.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Cascades;

/// <summary>Each test moves the service's clock past a due day, so each has a factory of its own.</summary>
public sealed class CascadeOverdueTests : IDisposable
{
    // CompletedAsync returns its guest on 12 Oct 2023: the cascade is due 90 days later, on 10 Jan 2024.
    private static readonly DateTimeOffset DayAfterDue = new(2024, 1, 11, 6, 0, 0, TimeSpan.Zero);

    private readonly TrainingServiceFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_commitment_past_its_due_day_without_a_cascade_is_flagged_and_announced_exactly_once()
    {
        var overdue = (await _factory.CompletedAsync()).CascadeCommitmentId;
        var delivered = (await _factory.CompletedAsync()).CascadeCommitmentId;
        await _factory.Cascades().RecordCascadeSessionAsync(new V1.RecordCascadeSessionRequest
        {
            CommitmentId = delivered, DeliveredOn = _factory.Today(), AudienceCount = 12, AgencyId = ExchangeRequests.Nca,
        });
        var check = _factory.Services.GetRequiredService<CascadeOverdueCheck>();
        Assert.Empty(await check.RunAsync(DayAfterDue.AddDays(-1), CancellationToken.None));

        // Two passes at once, as two replicas would run them, then a later one.
        var passes = await Task.WhenAll(check.RunAsync(DayAfterDue, CancellationToken.None), check.RunAsync(DayAfterDue, CancellationToken.None));
        var later = await check.RunAsync(DayAfterDue.AddDays(3), CancellationToken.None);

        Assert.Equal([overdue], passes.SelectMany(p => p).Select(c => c.Id.ToString()));
        Assert.Empty(later);
        var announced = Assert.Single(await _factory.OutboxAsync<CascadeOverdue>());
        Assert.Equal(overdue, announced.CommitmentId.ToString());
        Assert.Equal(new DateOnly(2024, 1, 10), announced.DueOn);
        Assert.Equal("UK", announced.Participant);
        var listed = (await _factory.Cascades().ListCascadeCommitmentsAsync(new V1.ListCascadeCommitmentsRequest { OverdueOnly = true })).Commitments;
        Assert.Equal([overdue], listed.Select(c => c.Id));
        Assert.NotNull(listed[0].OverdueAt);
    }

    [Fact]
    public async Task The_monitor_flags_an_overdue_commitment_by_itself_when_the_clock_passes_midnight()
    {
        var overdue = (await _factory.CompletedAsync()).CascadeCommitmentId;

        _factory.Clock.SetUtcNow(DayAfterDue);

        await Eventually.WaitUntilAsync(
            async () => (await _factory.OutboxAsync<CascadeOverdue>()).Any(e => e.CommitmentId.ToString() == overdue),
            "the monitor announces the overdue commitment");
    }
}
