using Cooperation.BuildingBlocks.Messaging.Outbox;

namespace Cooperation.BuildingBlocks.Tests;

public sealed class OutboxSignalTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_notification_wakes_a_waiting_relay_at_once()
    {
        using var signal = new OutboxSignal();
        var waiting = signal.WaitAsync(Long, CancellationToken.None);

        signal.Notify();

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_notification_before_the_wait_is_not_lost()
    {
        using var signal = new OutboxSignal();

        signal.Notify();

        Assert.True(await signal.WaitAsync(Long, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_burst_of_notifications_folds_into_one_wake_up()
    {
        using var signal = new OutboxSignal();
        for (var i = 0; i < 5; i++)
        {
            signal.Notify();
        }

        Assert.True(await signal.WaitAsync(Long, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_notification_the_wait_ends_at_its_timeout() =>
        Assert.False(await new OutboxSignal().WaitAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None));
}
