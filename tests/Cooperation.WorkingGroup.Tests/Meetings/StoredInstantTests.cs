using Cooperation.WorkingGroup.Meetings;
using Microsoft.Extensions.Time.Testing;

namespace Cooperation.WorkingGroup.Tests.Meetings;

public sealed class StoredInstantTests
{
    [Fact]
    public void The_stored_now_drops_what_timestamptz_cannot_hold()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 12, 4, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));

        Assert.Equal(new DateTimeOffset(2023, 12, 4, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), clock.StoredNow());
    }
}
