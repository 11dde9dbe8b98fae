namespace Cooperation.Contracts.Messages.Training;

/// <summary>
/// An official who was trained or went on an exchange passed the knowledge on at a cascade session
/// (¶4b), for the metrics service: how many people it reached.
/// </summary>
public sealed record CascadeDelivered : IntegrationEvent
{
    public required Guid CascadeSessionId { get; init; }

    public required Guid CommitmentId { get; init; }

    public required Guid OfficialId { get; init; }

    /// <summary>The agency whose staff were the audience.</summary>
    public required Guid AgencyId { get; init; }

    /// <summary>A <see cref="ParticipantCodes"/> value: the official's participant.</summary>
    public required string Participant { get; init; }

    public required DateOnly DeliveredOn { get; init; }

    public required int AudienceCount { get; init; }
}
