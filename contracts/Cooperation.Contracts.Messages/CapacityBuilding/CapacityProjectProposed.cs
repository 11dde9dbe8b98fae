namespace Cooperation.Contracts.Messages.CapacityBuilding;

/// <summary>
/// A project drafted in capacity building is proposed to the working group (¶4c, ¶5), which records
/// it as a proposal under the same <see cref="ProjectId"/>; once agreed, its <c>ProjectAgreed</c>
/// names that id and capacity building recognises the project as its own.
/// </summary>
public sealed record CapacityProjectProposed : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required string TitleEn { get; init; }

    public required string Summary { get; init; }

    /// <summary>
    /// The cooperation areas the project serves: names of <c>cooperation.type.v1.CooperationAreaTag</c>
    /// values in lower snake case without the prefix ("border_security"), as <c>ProjectAgreed</c> carries them.
    /// </summary>
    public required IReadOnlyList<string> CooperationAreas { get; init; }

    /// <summary>The lead agency first; the working group's agency ids.</summary>
    public required IReadOnlyList<Guid> LeadAgencyIds { get; init; }

    public required DateTimeOffset ProposedAt { get; init; }
}
