using Cooperation.BuildingBlocks.Messaging.Outbox;
using Cooperation.Contracts.Messages.Projects;

namespace Cooperation.BuildingBlocks.Tests;

public sealed class OutboxSerializerTests
{
    [Fact]
    public void An_event_read_back_from_the_outbox_equals_the_one_written()
    {
        var written = new ProjectCommenced
        {
            ProjectId = Guid.NewGuid(),
            Workstream = Workstream.Training,
            CommencedOn = new DateOnly(2024, 2, 1),
            OccurredAt = new DateTimeOffset(2024, 2, 1, 10, 0, 0, TimeSpan.Zero),
        };

        var read = OutboxSerializer.Deserialize(
            OutboxSerializer.TypeName(written.GetType()), OutboxSerializer.Serialize(written));

        Assert.Equal(written, read);
    }
}
