namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>A corrective action from an operational debrief (¶4d) was closed; feeds "corrective actions closed on time".</summary>
public sealed record CorrectiveActionClosed : IntegrationEvent
{
    public required Guid CorrectiveActionId { get; init; }

    public required Guid DebriefId { get; init; }

    public required Guid OwnerAgencyId { get; init; }

    /// <summary>The owner agency's participant, <see cref="ParticipantCodes"/>.</summary>
    public required string OwnerParticipant { get; init; }

    public required DateOnly DueOn { get; init; }

    public required DateOnly ClosedOn { get; init; }

    /// <summary>"done" or "cancelled".</summary>
    public required string Outcome { get; init; }

    /// <summary>Closed on or before <see cref="DueOn"/>.</summary>
    public required bool OnTime { get; init; }
}
