namespace Cooperation.Contracts.Messages.Training;

/// <summary>A booked official's result on a training event was assessed after its last session (¶4b), for the metrics service.</summary>
public sealed record TrainingCompleted : IntegrationEvent
{
    public required Guid BookingId { get; init; }

    /// <summary>The training event (not <see cref="IntegrationEvent.EventId"/>, the message's own id).</summary>
    public required Guid TrainingEventId { get; init; }

    public required Guid ActivityId { get; init; }

    public required Guid OfficialId { get; init; }

    public required Guid AgencyId { get; init; }

    /// <summary>The cooperation areas of the activity, in lower snake case ("border_security").</summary>
    public required IReadOnlyList<string> Themes { get; init; }

    /// <summary>True when the official met the activity's completion rule; false records a no-show or a shortfall.</summary>
    public required bool Completed { get; init; }

    /// <summary>The official's participant, a <see cref="ParticipantCodes"/> value; null from publishers that did not know it.</summary>
    public string? Participant { get; init; }

    /// <summary>The assessment score before the activity (0–100), where the activity has an assessment.</summary>
    public decimal? PreScore { get; init; }

    /// <summary>The assessment score after the activity (0–100); the gain is <c>PostScore − PreScore</c>.</summary>
    public decimal? PostScore { get; init; }
}
