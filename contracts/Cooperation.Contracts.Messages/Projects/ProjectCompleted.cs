namespace Cooperation.Contracts.Messages.Projects;

/// <summary>Published by the service that runs a project when it ends, delivered or closed early.</summary>
public sealed record ProjectCompleted : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required Workstream Workstream { get; init; }

    public required DateOnly CompletedOn { get; init; }

    /// <summary>True when the project delivered; false when it was closed without delivering.</summary>
    public required bool Delivered { get; init; }
}
