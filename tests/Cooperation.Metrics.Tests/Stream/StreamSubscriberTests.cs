using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Stream;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>A subscriber's bounded buffer: coalescing to the latest value and noticing a stalled reader.</summary>
public sealed class StreamSubscriberTests
{
    private static readonly DateTimeOffset Now = new(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Beyond_its_capacity_a_buffer_keeps_only_the_latest_value_of_each_indicator_and_says_so()
    {
        var subscriber = new StreamSubscriber(new HashSet<string>(), capacity: 3);
        var q1 = new Quarter(2024, 1);
        subscriber.Offer([Value("a", q1, 1, 1), Value("b", q1, 1, 2), Value("a", q1, 2, 3), Value("a", q1, 3, 4)], Now);

        var taken = await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal([("b", 2L, false), ("a", 4L, true)], taken.Select(t => (t.Value.IndicatorCode, t.Value.Version, t.Coalesced)));
    }

    [Fact]
    public async Task Within_its_capacity_a_buffer_keeps_every_change_in_order()
    {
        var subscriber = new StreamSubscriber(new HashSet<string>(), capacity: 10);
        var q1 = new Quarter(2024, 1);
        subscriber.Offer([Value("a", q1, 1, 1), Value("a", q1, 2, 2)], Now);

        var taken = await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal([1L, 2L], taken.Select(t => t.Value.Version));
        Assert.All(taken, t => Assert.False(t.Coalesced));
    }

    [Fact]
    public async Task A_filter_keeps_only_the_followed_indicators()
    {
        var subscriber = new StreamSubscriber(new HashSet<string> { "a" }, capacity: 10);
        subscriber.Offer([Value("a", new Quarter(2024, 1), 1, 1), Value("b", new Quarter(2024, 1), 1, 2)], Now);

        var taken = await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(["a"], taken.Select(t => t.Value.IndicatorCode));
    }

    [Fact]
    public async Task A_reader_is_stalled_only_while_changes_wait_unread_past_the_limit()
    {
        var subscriber = new StreamSubscriber(new HashSet<string>(), capacity: 10);
        var limit = TimeSpan.FromSeconds(30);
        Assert.False(subscriber.StalledFor(limit, Now.AddHours(1)));

        subscriber.Offer([Value("a", new Quarter(2024, 1), 1, 1)], Now);
        Assert.False(subscriber.StalledFor(limit, Now.AddSeconds(30)));
        Assert.True(subscriber.StalledFor(limit, Now.AddSeconds(31)));

        await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.False(subscriber.StalledFor(limit, Now.AddSeconds(31)));
    }

    private static IndicatorValue Value(string code, Quarter quarter, decimal value, long version) =>
        new(code, quarter, value, version, Now);
}
