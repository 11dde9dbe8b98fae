using Cooperation.BuildingBlocks.Messaging.Outbox;

namespace Cooperation.BuildingBlocks.Tests;

public sealed class OutboxBackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    public void The_wait_doubles_with_each_failed_attempt(int attempts, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), OutboxBackoff.Delay(attempts, Initial, Max));

    [Theory]
    [InlineData(10)]
    [InlineData(64)]
    [InlineData(int.MaxValue)]
    public void The_wait_never_exceeds_the_cap(int attempts) =>
        Assert.Equal(Max, OutboxBackoff.Delay(attempts, Initial, Max));

    [Fact]
    public void A_row_never_tried_is_due_at_once() =>
        Assert.Equal(TimeSpan.Zero, OutboxBackoff.Delay(0, Initial, Max));
}
