using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Stream;
using Cooperation.Metrics.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>A subscriber that stops reading does not delay a live one, and the feed ends it after the stall timeout.</summary>
public sealed class StalledSubscriberTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    [Fact]
    public async Task A_stalled_subscriber_does_not_delay_a_live_one_and_is_ended_after_the_stall_timeout()
    {
        var feed = factory.Services.GetRequiredService<IndicatorChangeFeed>();
        var stalled = feed.Subscribe(new HashSet<string>(), publishedOnly: false);   // never takes anything
        try
        {
            using var live = new V1.IndicatorStreamService.IndicatorStreamServiceClient(factory.Channel)
                .WatchIndicators(new V1.WatchIndicatorsRequest { IndicatorIds = { BuiltInIndicators.MeetingsHeld } });
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            Assert.True(await live.ResponseStream.MoveNext(timeout.Token));
            Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Snapshot, live.ResponseStream.Current.EventCase);

            for (var i = 0; i < 5; i++)
            {
                var held = new MeetingHeld
                {
                    MeetingId = Guid.NewGuid(), HeldOn = new DateOnly(2044, 2, 1), Year = 2044, Quarter = 1,
                    BothParticipantsPresent = true, AttendeeCount = 4,
                };
                await factory.Harness.Bus.Publish(held, c => c.MessageId = held.EventId);
            }

            var values = new List<double>();
            while (!values.Contains(5) && await live.ResponseStream.MoveNext(timeout.Token))
            {
                if (live.ResponseStream.Current.Change is { } change && change.Value.Quarter.Year == 2044)
                {
                    values.Add(change.Value.Value);
                }
            }

            Assert.Contains(5, values);
            Assert.False(stalled.Ended.IsCompleted);

            // The stalled subscriber's changes have waited unread past the timeout (30 s by default).
            factory.Clock.Advance(TimeSpan.FromSeconds(31));
            var ended = await Task.WhenAny(stalled.Ended, Task.Delay(TimeSpan.FromSeconds(20), timeout.Token));
            Assert.Same(stalled.Ended, ended);
        }
        finally
        {
            feed.Unsubscribe(stalled);
        }
    }
}
