namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>A project proposal moved along its lifecycle (proposed, agreed, commenced, completed, closed).</summary>
public sealed record ProjectStatusChanged : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required string Status { get; init; }
}
