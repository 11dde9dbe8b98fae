using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Stream;
using Cooperation.Metrics.Tests.Infrastructure;
using Grpc.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>The metrics service with a two-second stall timeout and no heartbeats to speak of (so an idle stream writes nothing).</summary>
public sealed class ShortStallFactory() : InProcessServiceFactory<Program>("metricsdb", MetricsDatabase.Create)
{
    public static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(2);

    protected override void ConfigureServiceSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Metrics:Stream:StallTimeout", "00:00:02");
        builder.UseSetting("Metrics:Stream:HeartbeatInterval", "00:10:00");
        builder.UseSetting("Metrics:Stream:PollInterval", "00:00:00.200");
    }
}

/// <summary>
/// Over gRPC: a client that stops reading in the middle of a large snapshot does not delay a live
/// one, is ended with RESOURCE_EXHAUSTED once it has taken nothing for the stall timeout, and
/// resumes from the last version it received with no gap and no duplicate.
/// </summary>
public sealed class StalledStreamTests(ShortStallFactory factory) : IClassFixture<ShortStallFactory>
{
    [Fact]
    public async Task A_stalled_client_does_not_delay_a_live_one_is_ended_after_the_stall_timeout_and_resumes()
    {
        // A snapshot far larger than the transport buffers, so a client that does not read blocks its stream.
        // (About 2 MB: a hundred made-up indicators with values in every quarter from 2050 on.)
        await factory.ScalarAsync<long>("""
            INSERT INTO indicators (code, name_en, name_bg, unit, measure, baseline, target, direction, period_type, source, updated_at)
            SELECT 'test.stall-padding-indicator-with-a-long-code-' || n, 'Padding', 'Padding', 'items', 'count', 0, 1,
                   'increase', 'quarter', 'built_in', now()
            FROM generate_series(1, 100) n;
            INSERT INTO indicator_values (indicator_code, year, quarter, value, version, updated_at)
            SELECT code, y, q, 1, 0, now() FROM indicators, generate_series(2050, 2100) y, generate_series(1, 4) q
            WHERE code LIKE 'test.stall-padding-%';
            SELECT 0::bigint;
            """);
        await factory.HoldMeetingAsync(2044, 4);   // so the stalled client's snapshot is of a version above 0
        await factory.Channel.WaitForMeetingsAsync(2044, 4, 1);
        var client = new V1.IndicatorStreamService.IndicatorStreamServiceClient(factory.Channel);
        var feed = factory.Services.GetRequiredService<IndicatorChangeFeed>();

        using var live = client.WatchIndicators(new V1.WatchIndicatorsRequest { IndicatorIds = { BuiltInIndicators.MeetingsHeld } });
        await live.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot);
        using var stalled = client.WatchIndicators(new V1.WatchIndicatorsRequest());   // never read until it is ended
        await Eventually.UntilAsync(() => feed.SubscriberCount == 2, "the stalled subscriber");

        for (var i = 0; i < 5; i++)
        {
            await factory.HoldMeetingAsync(2044, 1);
        }

        var last = await live.NextAsync(m => m.IsChangeIn(2044) && m.Change.Value.Value == 5);
        Assert.Equal(5, last.Change.Value.Value);
        Assert.Equal(2, feed.SubscriberCount);

        // The service's clock passes the stall timeout while the stalled client's first message waits for it.
        await Eventually.UntilAsync(() =>
        {
            factory.Clock.Advance(ShortStallFactory.StallTimeout + TimeSpan.FromSeconds(1));
            return feed.SubscriberCount == 1;
        }, "the stalled subscriber ended");

        var received = new List<V1.WatchIndicatorsResponse>();
        var ended = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await stalled.ResponseStream.MoveNext())
            {
                received.Add(stalled.ResponseStream.Current);
            }
        });
        Assert.Equal(StatusCode.ResourceExhausted, ended.StatusCode);
        var resumeFrom = received.Select(m => m.Snapshot?.Version ?? m.Change?.Value.Version ?? 0).Max();
        Assert.True(resumeFrom > 0);

        // The live one was not ended and still gets changes.
        await factory.HoldMeetingAsync(2044, 2);
        await live.NextAsync(m => m.IsChangeIn(2044) && m.Change.Value.Quarter.Quarter_ == 2);

        var missed = await factory.ScalarAsync<long>("SELECT count(*) FROM indicator_changes WHERE version > @After", new { After = resumeFrom });
        Assert.True(missed > 0);
        using var resumed = client.WatchIndicators(new V1.WatchIndicatorsRequest { ResumeVersion = resumeFrom });
        var versions = new List<long>();
        while (versions.Count < missed)
        {
            var message = await resumed.NextAsync(_ => true);
            Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Change, message.EventCase);
            versions.Add(message.Change.Value.Version);
        }

        Assert.All(versions, v => Assert.True(v > resumeFrom));
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }
}
