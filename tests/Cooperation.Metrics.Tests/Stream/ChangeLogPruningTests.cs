using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Stream;
using Cooperation.Metrics.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>The metrics service keeping a day of changes and at least two versions; it prunes only when a test says.</summary>
public sealed class ShortChangeLogFactory() : InProcessServiceFactory<Program>("metricsdb", MetricsDatabase.Create)
{
    protected override void ConfigureServiceSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Metrics:Stream:KeepChangesFor", "1.00:00:00");
        builder.UseSetting("Metrics:Stream:KeepChangeVersions", "2");
        builder.UseSetting("Metrics:Stream:PruneInterval", "30.00:00:00");
        builder.UseSetting("Metrics:Stream:HeartbeatInterval", "00:00:01");
    }
}

/// <summary>Pruning keeps rows younger than the age limit or among the newest versions; a resume from before what is kept is reset.</summary>
public sealed class ChangeLogPruningTests(ShortChangeLogFactory factory) : IClassFixture<ShortChangeLogFactory>
{
    [Fact]
    public async Task Pruning_keeps_the_newest_versions_and_a_resume_from_before_them_is_reset()
    {
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            await factory.HoldMeetingAsync(2090, quarter);
        }

        for (var quarter = 1; quarter <= 4; quarter++)
        {
            await factory.Channel.WaitForMeetingsAsync(2090, quarter, 1);
        }

        var pruner = factory.Services.GetRequiredService<ChangeLogPruner>();
        Assert.Equal(0, await pruner.PruneAsync(CancellationToken.None));   // all younger than a day

        factory.Clock.Advance(TimeSpan.FromDays(2));
        var before = await factory.ScalarAsync<long>("SELECT count(*) FROM indicator_changes");
        Assert.Equal(before - 2, await pruner.PruneAsync(CancellationToken.None));
        Assert.Equal(2, await factory.ScalarAsync<long>("SELECT count(*) FROM indicator_changes"));
        Assert.NotEmpty(await factory.AuditOfAsync(ChangeLogPruner.ResourceType));

        var oldest = await factory.ScalarAsync<long>("SELECT min(version) FROM indicator_changes");
        Assert.True(oldest >= 3);   // four changes, two kept: a resume from oldest - 2 is above 0 (0 would start fresh)
        using var call = new V1.IndicatorStreamService.IndicatorStreamServiceClient(factory.Channel)
            .WatchIndicators(new V1.WatchIndicatorsRequest { IndicatorIds = { BuiltInIndicators.MeetingsHeld }, ResumeVersion = oldest - 2 });
        var reset = await call.NextAsync(_ => true);
        Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Reset, reset.EventCase);
        Assert.Equal(oldest, reset.Reset.OldestKeptVersion);
        Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Snapshot, (await call.NextAsync(_ => true)).EventCase);

        // From just before the oldest kept, nothing is missing: no reset.
        using var kept = new V1.IndicatorStreamService.IndicatorStreamServiceClient(factory.Channel)
            .WatchIndicators(new V1.WatchIndicatorsRequest { IndicatorIds = { BuiltInIndicators.MeetingsHeld }, ResumeVersion = oldest - 1 });
        Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Change, (await kept.NextAsync(_ => true)).EventCase);
    }
}
