namespace Cooperation.Contracts.Messages.Training;

/// <summary>
/// A BG–UK personnel or expert exchange began (¶4b): the guest official arrived at the host agency
/// of the other participant. For the metrics service; ids only.
/// </summary>
public sealed record ExchangeStarted : IntegrationEvent
{
    public required Guid ExchangeId { get; init; }

    /// <summary>"personnel_exchange" or "expert_exchange".</summary>
    public required string Kind { get; init; }

    public required Guid GuestOfficialId { get; init; }

    public required Guid GuestAgencyId { get; init; }

    /// <summary>The guest's participant, a <see cref="ParticipantCodes"/> value.</summary>
    public required string GuestParticipant { get; init; }

    public required Guid HostAgencyId { get; init; }

    /// <summary>The host's participant, always the other one.</summary>
    public required string HostParticipant { get; init; }

    public required DateOnly StartedOn { get; init; }
}
