using Cooperation.Training.Cascades;

namespace Cooperation.Training.Tests.Cascades;

public sealed class CascadeRuleTests
{
    private static readonly DateOnly DueOn = new(2024, 1, 10);

    [Fact]
    public void Cascades_are_delivered_by_the_due_day()
    {
        Assert.False(CascadeDeadline.IsOverdue(DueOn, delivered: false, today: DueOn));
        Assert.True(CascadeDeadline.IsOverdue(DueOn, delivered: false, today: DueOn.AddDays(1)));
        Assert.False(CascadeDeadline.IsOverdue(DueOn, delivered: true, today: DueOn.AddDays(30)));
    }

    [Fact]
    public void An_exchanges_cascade_is_due_the_set_number_of_days_after_the_return()
    {
        Assert.Equal(new DateOnly(2024, 1, 10), CascadeDeadline.DueAfterExchange(new DateOnly(2023, 10, 12), 90));
    }

    [Fact]
    public void The_overdue_monitor_wakes_at_the_next_utc_midnight()
    {
        Assert.Equal(new DateTimeOffset(2024, 1, 11, 0, 0, 0, TimeSpan.Zero),
            CascadeOverdueMonitor.NextCheckAfter(new DateTimeOffset(2024, 1, 10, 23, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2024, 1, 11, 0, 0, 0, TimeSpan.Zero),
            CascadeOverdueMonitor.NextCheckAfter(new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero)));
    }
}
