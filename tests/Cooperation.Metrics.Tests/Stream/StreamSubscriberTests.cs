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
        var subscriber = new StreamSubscriber(new HashSet<string>(), publishedOnly: false, capacity: 3);
        var q1 = new Quarter(2024, 1);
        subscriber.Offer([Value("a", q1, 1, 1), Value("b", q1, 1, 2), Value("a", q1, 2, 3), Value("a", q1, 3, 4)], Now);

        var taken = (await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None)).Changes;

        Assert.Equal([("b", 2L, false), ("a", 4L, true)], taken.Select(t => (t.Change.Value.IndicatorCode, t.Change.Version, t.Coalesced)));
    }

    [Fact]
    public async Task Once_behind_a_buffer_merges_every_further_change_into_its_value_until_taken_then_keeps_every_change_again()
    {
        var subscriber = new StreamSubscriber(new HashSet<string>(), publishedOnly: false, capacity: 2);
        var q1 = new Quarter(2024, 1);
        subscriber.Offer([Value("a", q1, 1, 1), Value("a", q1, 2, 2), Value("b", q1, 1, 3)], Now);
        subscriber.Offer([Value("a", q1, 3, 4)], Now);
        subscriber.Offer([Value("c", q1, 1, 5), Value("a", new Quarter(2024, 2), 1, 6)], Now);

        var behind = (await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None)).Changes;
        Assert.Equal([(3L, false), (4L, true), (5L, false), (6L, false)], behind.Select(t => (t.Change.Version, t.Coalesced)));

        subscriber.Offer([Value("a", q1, 4, 7), Value("a", q1, 5, 8)], Now);
        var caughtUp = (await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None)).Changes;
        Assert.Equal([(7L, false), (8L, false)], caughtUp.Select(t => (t.Change.Version, t.Coalesced)));
    }

    [Fact]
    public async Task Within_its_capacity_a_buffer_keeps_every_change_in_order()
    {
        var subscriber = new StreamSubscriber(new HashSet<string>(), publishedOnly: false, capacity: 10);
        var q1 = new Quarter(2024, 1);
        subscriber.Offer([Value("a", q1, 1, 1), Value("a", q1, 2, 2)], Now);

        var taken = (await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None)).Changes;

        Assert.Equal([1L, 2L], taken.Select(t => t.Change.Version));
        Assert.All(taken, t => Assert.False(t.Coalesced));
    }

    [Fact]
    public async Task A_filter_keeps_only_the_followed_indicators()
    {
        var subscriber = new StreamSubscriber(new HashSet<string> { "a" }, publishedOnly: false, capacity: 10);
        subscriber.Offer([Value("a", new Quarter(2024, 1), 1, 1), Value("b", new Quarter(2024, 1), 1, 2)], Now);

        var taken = (await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None)).Changes;

        Assert.Equal(["a"], taken.Select(t => t.Change.Value.IndicatorCode));
    }

    [Fact]
    public async Task A_disaggregation_filter_keeps_only_the_values_of_its_key_and_a_totals_buffer_coalesces_totals_only()
    {
        var subscriber = new StreamSubscriber(new HashSet<string>(), publishedOnly: false, capacity: 1, disaggregation: "participant:BG");
        var q1 = new Quarter(2024, 1);
        subscriber.Offer([Value("a", q1, 1, 1, key: "participant:BG"), Value("a", q1, 5, 2), Value("a", q1, 2, 3, key: "participant:UK")], Now);
        Assert.Equal([1L], (await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None)).Changes.Select(t => t.Change.Version));

        var totals = new StreamSubscriber(new HashSet<string>(), publishedOnly: false, capacity: 1);
        totals.Offer([Value("a", q1, 1, 1), Value("a", q1, 1, 2, key: "participant:BG"), Value("a", q1, 2, 3)], Now);
        var taken = (await totals.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None)).Changes;
        Assert.Equal([(3L, true)], taken.Select(t => (t.Change.Version, t.Coalesced)));
    }

    [Fact]
    public async Task A_reader_is_stalled_only_while_changes_wait_unread_past_the_limit()
    {
        var subscriber = new StreamSubscriber(new HashSet<string>(), publishedOnly: false, capacity: 10);
        var limit = TimeSpan.FromSeconds(30);
        Assert.False(subscriber.StalledFor(limit, Now.AddHours(1)));

        subscriber.Offer([Value("a", new Quarter(2024, 1), 1, 1)], Now);
        Assert.False(subscriber.StalledFor(limit, Now.AddSeconds(30)));
        Assert.True(subscriber.StalledFor(limit, Now.AddSeconds(31)));

        await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.False(subscriber.StalledFor(limit, Now.AddSeconds(31)));
    }

    [Fact]
    public async Task A_published_only_subscriber_gets_only_the_publications_rows()
    {
        var subscriber = new StreamSubscriber(new HashSet<string>(), publishedOnly: true, capacity: 10);
        subscriber.Offer([Value("a", new Quarter(2024, 1), 1, 1), Value("a", new Quarter(2024, 1), 1, 2, published: true)], Now);

        var taken = await subscriber.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal([2L], taken.Changes.Select(t => t.Change.Version));
        Assert.Equal(2, taken.OfferedThrough);
    }

    [Fact]
    public async Task What_a_subscriber_does_not_follow_still_moves_the_version_it_was_offered_through()
    {
        var subscriber = new StreamSubscriber(new HashSet<string> { "a" }, publishedOnly: false, capacity: 10);
        subscriber.Offer([Value("b", new Quarter(2024, 1), 1, 7)], Now);

        var taken = await subscriber.TakeAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None);

        Assert.Empty(taken.Changes);
        Assert.Equal(7, taken.OfferedThrough);
    }

    [Fact]
    public void A_client_that_takes_no_message_past_the_limit_is_stalled()
    {
        var subscriber = new StreamSubscriber(new HashSet<string>(), publishedOnly: false, capacity: 10);
        var limit = TimeSpan.FromSeconds(30);
        subscriber.Writing(Now);
        Assert.False(subscriber.StalledFor(limit, Now.AddSeconds(30)));
        Assert.True(subscriber.StalledFor(limit, Now.AddSeconds(31)));

        subscriber.Written();
        Assert.False(subscriber.StalledFor(limit, Now.AddSeconds(31)));
    }

    private static LoggedChange Value(string code, Quarter quarter, decimal value, long version, bool published = false, string key = "") =>
        new(new IndicatorValue(code, quarter, value, version, Now) { Disaggregation = key }, published);
}
