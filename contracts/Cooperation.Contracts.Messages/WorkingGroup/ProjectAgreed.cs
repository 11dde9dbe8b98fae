namespace Cooperation.Contracts.Messages.WorkingGroup;

using Cooperation.Contracts.Messages.Projects;

/// <summary>The working group agreed a project by a recorded decision (¶5); <see cref="Workstream"/> takes it up.</summary>
public sealed record ProjectAgreed : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required Workstream Workstream { get; init; }

    public required Guid DecisionId { get; init; }

    /// <summary>
    /// The cooperation areas the project serves: names of <c>cooperation.type.v1.CooperationAreaTag</c>
    /// values in lower snake case without the prefix ("border_security", "information_sharing").
    /// </summary>
    public required IReadOnlyList<string> CooperationAreas { get; init; }

    public required IReadOnlyList<Guid> LeadAgencyIds { get; init; }
}
