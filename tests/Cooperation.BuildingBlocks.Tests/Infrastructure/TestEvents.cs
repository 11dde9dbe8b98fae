using Cooperation.Contracts.Messages.Projects;

namespace Cooperation.BuildingBlocks.Tests.Infrastructure;

internal static class TestEvents
{
    public static ProjectCommenced Commenced(Guid? projectId = null) => new()
    {
        ProjectId = projectId ?? Guid.NewGuid(),
        Workstream = Workstream.Training,
        CommencedOn = new DateOnly(2024, 2, 1),
        OccurredAt = DateTimeOffset.UtcNow,
    };

    public static ProjectCompleted Completed() => new()
    {
        ProjectId = Guid.NewGuid(),
        Workstream = Workstream.Training,
        CompletedOn = new DateOnly(2024, 6, 1),
        Delivered = true,
        OccurredAt = DateTimeOffset.UtcNow,
    };

    /// <summary>An endpoint name no other test uses, so each test has its own queue.</summary>
    public static string Endpoint(string purpose) => $"test-{purpose}-{Guid.NewGuid().ToString("N")[..12]}";
}
