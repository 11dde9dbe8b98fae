using Cooperation.WorkingGroup.Cadence;

namespace Cooperation.WorkingGroup.Tests.Cadence;

public sealed class CadenceBreachMonitorTests
{
    [Fact]
    public void The_monitor_wakes_at_the_next_quarter_boundary_when_it_is_within_a_day()
    {
        var next = CadenceBreachMonitor.NextCheckAfter(new DateTimeOffset(2023, 12, 31, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void The_monitor_wakes_at_least_daily()
    {
        var checkedAt = new DateTimeOffset(2023, 11, 13, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(checkedAt.AddDays(1), CadenceBreachMonitor.NextCheckAfter(checkedAt));
    }
}
