using Cooperation.WorkingGroup.Establishment;
using Cooperation.BuildingBlocks.Audit;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using QuarterState = Cooperation.Contracts.WorkingGroup.V1.QuarterState;

namespace Cooperation.WorkingGroup.Tests.Cadence;

// A factory per test: each test moves the clock across quarters and counts the breaches of its own programme.
public sealed class CadenceGrpcTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();

    private CadenceService.CadenceServiceClient Client => new(_factory.Channel);

    [Fact]
    public async Task GetCadence_gives_every_quarter_since_establishment_the_current_one_and_the_next_due_date()
    {
        var programme = await _factory.SeedProgrammeAsync();
        await _factory.HoldAsync(programme, "2023-12-04");
        _factory.SetToday(new DateOnly(2024, 5, 10));

        var cadence = await Client.GetCadenceAsync(new GetCadenceRequest());

        Assert.Equal("2023-11-20", WireDates.Text(cadence.EstablishedOn));
        Assert.Equal(
            [("2023-11-20", "2023-12-31", 1, QuarterState.Met), ("2024-01-01", "2024-03-31", 0, QuarterState.Breached), ("2024-04-01", "2024-06-30", 0, QuarterState.Due)],
            cadence.Quarters.Select(q => (WireDates.Text(q.CountsFrom), WireDates.Text(q.EndsOn), q.MeetingsHeld, q.State)));
        Assert.Equal((2024, 2), (cadence.CurrentQuarter.Year, cadence.CurrentQuarter.Quarter));
        Assert.Equal("2024-06-30", WireDates.Text(cadence.NextDueOn));
    }

    [Fact]
    public async Task GetCadence_needs_a_token_and_a_programme_role()
    {
        await _factory.SeedProgrammeAsync();

        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated,
            () => new CadenceService.CadenceServiceClient(_factory.AnonymousChannel).GetCadenceAsync(new GetCadenceRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => new CadenceService.CadenceServiceClient(_factory.ChannelFor("auditor")).GetCadenceAsync(new GetCadenceRequest()).ResponseAsync);
        Assert.Equal("2023-11-20", WireDates.Text((await new CadenceService.CadenceServiceClient(_factory.ChannelFor("analyst")).GetCadenceAsync(new GetCadenceRequest())).EstablishedOn));
    }

    [Fact]
    public async Task GetCadence_needs_an_established_working_group()
    {
        await RpcAssert.FailedPreconditionAsync(EstablishmentRules.WorkingGroupMustBeEstablished, () => Client.GetCadenceAsync(new GetCadenceRequest()).ResponseAsync);
    }

    [Fact]
    public async Task The_breach_check_raises_MeetingCadenceBreached_once_per_closed_quarter()
    {
        var programme = await _factory.SeedProgrammeAsync();
        await _factory.HoldAsync(programme, "2023-12-04");
        _factory.SetToday(new DateOnly(2024, 7, 2));
        var check = _factory.Services.GetRequiredService<CadenceBreachCheck>();

        await check.RunAsync(CancellationToken.None);
        await check.RunAsync(CancellationToken.None);

        // Q4 2023 had its meeting; Q1 and Q2 2024 closed without one. The monitor may also have run
        // a pass of its own meanwhile: the count still shows one event per quarter.
        var breaches = await _factory.OutboxAsync<MeetingCadenceBreached>();
        Assert.Equal([(2024, 1, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)), (2024, 2, new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30))],
            breaches.Select(b => (b.Year, b.Quarter, b.QuarterStart, b.QuarterEnd)).Order());
        // Each raised breach is audited once, as the service itself.
        var records = await _factory.AuditOfAsync(CadenceAudit.CadenceBreach);
        Assert.Equal(["2024-Q1", "2024-Q2"], records.Select(r => r.ResourceId).Order());
        Assert.All(records, r => Assert.Equal(
            (WorkingGroupActor.System, "RaiseCadenceBreach", AuditAction.Create, CadenceRules.MeetAtLeastQuarterly),
            (r.Actor, r.Operation, r.Action, r.Justification)));
    }

    [Fact]
    public async Task The_breach_monitor_raises_a_breach_by_itself_when_the_clock_passes_a_quarter_end()
    {
        await _factory.SeedProgrammeAsync();
        _factory.SetToday(new DateOnly(2023, 12, 31));
        Assert.Empty(await _factory.OutboxAsync<MeetingCadenceBreached>());

        _factory.SetToday(new DateOnly(2024, 1, 1));
        await Eventually.WaitUntilAsync(async () => (await _factory.OutboxAsync<MeetingCadenceBreached>()).Count == 1, "the Q4 2023 breach is raised");

        _factory.SetToday(new DateOnly(2024, 4, 1));
        await Eventually.WaitUntilAsync(async () => (await _factory.OutboxAsync<MeetingCadenceBreached>()).Count == 2, "the Q1 2024 breach is raised");
        await _factory.Services.GetRequiredService<CadenceBreachCheck>().RunAsync(CancellationToken.None);

        var breaches = await _factory.OutboxAsync<MeetingCadenceBreached>();
        Assert.Equal([(2023, 4), (2024, 1)], breaches.Select(b => (b.Year, b.Quarter)));
    }

    public void Dispose() => _factory.Dispose();
}
