using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Tests.Infrastructure;
using Grpc.Core;
using MassTransit;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>The live stream: snapshot then changes, resume without gap or duplicate, reset when too far behind.</summary>
public sealed class WatchIndicatorsTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private V1.IndicatorStreamService.IndicatorStreamServiceClient Client => new(factory.Channel);

    [Fact]
    public async Task A_subscriber_gets_a_snapshot_then_each_change_with_a_growing_version()
    {
        await PublishMeetingAsync(2041, 1);
        await WaitForValueAsync(2041, 1, 1);

        using var call = Watch(0);
        var first = await NextAsync(call, m => true);
        Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Snapshot, first.EventCase);
        Assert.Contains(first.Snapshot.Values, v => v.Value.Quarter.Year == 2041 && v.Value.Value == 1);

        await PublishMeetingAsync(2041, 1);
        var change = await NextAsync(call, m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Change);
        Assert.Equal(BuiltInIndicators.MeetingsHeld, change.Change.IndicatorId);
        Assert.Equal(2, change.Change.Value.Value);
        Assert.True(change.Change.Value.Version > first.Snapshot.Version);
    }

    [Fact]
    public async Task A_client_resuming_from_its_last_version_gets_exactly_what_it_missed()
    {
        long last;
        using (var call = Watch(0))
        {
            await NextAsync(call, m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot);
            await PublishMeetingAsync(2042, 1);
            last = (await NextAsync(call, m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Change
                && m.Change.Value.Quarter.Year == 2042)).Change.Value.Version;
        }

        await PublishMeetingAsync(2042, 2);
        await PublishMeetingAsync(2042, 3);
        await WaitForValueAsync(2042, 2, 1);
        await WaitForValueAsync(2042, 3, 1);
        var missed = await factory.ScalarAsync<long>(
            "SELECT count(*) FROM indicator_changes WHERE version > @Last AND indicator_code = @Code",
            new { Last = last, Code = BuiltInIndicators.MeetingsHeld });

        using var resumed = Watch(last);
        var versions = new List<long>();
        while (true)
        {
            var message = await NextAsync(resumed, m => true);
            if (message.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Heartbeat)
            {
                break;
            }

            Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Change, message.EventCase);
            versions.Add(message.Change.Value.Version);
        }

        Assert.Equal(missed, versions.Count);
        Assert.All(versions, v => Assert.True(v > last));
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public async Task A_client_further_behind_than_the_change_log_keeps_is_reset_with_a_fresh_snapshot()
    {
        await PublishMeetingAsync(2043, 1);
        await PublishMeetingAsync(2043, 2);
        await WaitForValueAsync(2043, 1, 1);
        await WaitForValueAsync(2043, 2, 1);
        // The change log dropped its older rows (as retention would).
        await factory.ScalarAsync<long>("DELETE FROM indicator_changes WHERE version < (SELECT MAX(version) FROM indicator_changes) RETURNING 0");

        using var call = Watch(1);
        var reset = await NextAsync(call, m => true);
        Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Reset, reset.EventCase);
        var snapshot = await NextAsync(call, m => true);
        Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Snapshot, snapshot.EventCase);
        Assert.Contains(snapshot.Snapshot.Values, v => v.Value.Quarter.Year == 2043 && v.Value.Quarter.Quarter_ == 1);
    }

    [Fact]
    public async Task An_unknown_indicator_is_not_found_and_a_negative_version_is_invalid()
    {
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, async () =>
        {
            using var call = Client.WatchIndicators(new V1.WatchIndicatorsRequest { IndicatorIds = { "no.such" } });
            await call.ResponseStream.MoveNext();
        });
        await RpcAssert.InvalidArgumentAsync("resume_version", async () =>
        {
            using var call = Client.WatchIndicators(new V1.WatchIndicatorsRequest { ResumeVersion = -1 });
            await call.ResponseStream.MoveNext();
        });
    }

    private AsyncServerStreamingCall<V1.WatchIndicatorsResponse> Watch(long resumeVersion) =>
        Client.WatchIndicators(new V1.WatchIndicatorsRequest { IndicatorIds = { BuiltInIndicators.MeetingsHeld }, ResumeVersion = resumeVersion });

    private static async Task<V1.WatchIndicatorsResponse> NextAsync(
        AsyncServerStreamingCall<V1.WatchIndicatorsResponse> call, Func<V1.WatchIndicatorsResponse, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await call.ResponseStream.MoveNext(timeout.Token))
        {
            if (wanted(call.ResponseStream.Current))
            {
                return call.ResponseStream.Current;
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }

    private async Task PublishMeetingAsync(int year, int quarter)
    {
        var held = new MeetingHeld
        {
            MeetingId = Guid.NewGuid(), HeldOn = new DateOnly(year, (quarter * 3) - 1, 10), Year = year, Quarter = quarter,
            BothParticipantsPresent = true, AttendeeCount = 4,
        };
        await factory.Harness.Bus.Publish(held, c => c.MessageId = held.EventId);
    }

    private Task<double?> WaitForValueAsync(int year, int quarter, double value) =>
        Eventually.UntilAsync(
            async () => (await new V1.IndicatorsService.IndicatorsServiceClient(factory.Channel).GetIndicatorAsync(new V1.GetIndicatorRequest
            {
                IndicatorId = BuiltInIndicators.MeetingsHeld, Quarter = new V1.Quarter { Year = year, Quarter_ = quarter },
            })).Indicator.Value?.Value,
            v => v >= value, $"meetings of {year} Q{quarter}");
}
