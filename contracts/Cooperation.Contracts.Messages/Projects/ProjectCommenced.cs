namespace Cooperation.Contracts.Messages.Projects;

/// <summary>Published by the service that runs an agreed project when the work starts.</summary>
public sealed record ProjectCommenced : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required Workstream Workstream { get; init; }

    public required DateOnly CommencedOn { get; init; }
}
