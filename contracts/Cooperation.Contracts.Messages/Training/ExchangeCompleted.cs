namespace Cooperation.Contracts.Messages.Training;

/// <summary>A BG–UK exchange ended with the guest's return (¶4b), for the metrics service.</summary>
public sealed record ExchangeCompleted : IntegrationEvent
{
    public required Guid ExchangeId { get; init; }

    /// <summary>"personnel_exchange" or "expert_exchange".</summary>
    public required string Kind { get; init; }

    public required Guid GuestOfficialId { get; init; }

    public required Guid GuestAgencyId { get; init; }

    /// <summary>A <see cref="ParticipantCodes"/> value.</summary>
    public required string GuestParticipant { get; init; }

    public required Guid HostAgencyId { get; init; }

    /// <summary>A <see cref="ParticipantCodes"/> value.</summary>
    public required string HostParticipant { get; init; }

    public required DateOnly CompletedOn { get; init; }
}
