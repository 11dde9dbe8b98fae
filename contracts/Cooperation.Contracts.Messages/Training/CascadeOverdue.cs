namespace Cooperation.Contracts.Messages.Training;

/// <summary>A cascade commitment passed its due date with no cascade session recorded (¶4b); raised once per commitment by the service's own clock.</summary>
public sealed record CascadeOverdue : IntegrationEvent
{
    public required Guid CommitmentId { get; init; }

    public required Guid OfficialId { get; init; }

    public required Guid AgencyId { get; init; }

    /// <summary>A <see cref="ParticipantCodes"/> value.</summary>
    public required string Participant { get; init; }

    public required DateOnly DueOn { get; init; }
}
