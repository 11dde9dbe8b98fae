namespace Cooperation.Contracts.Messages.Training;

/// <summary>A session of a training event was held: its attendance was first recorded (¶4b), for the metrics service.</summary>
public sealed record TrainingSessionHeld : IntegrationEvent
{
    public required Guid SessionId { get; init; }

    /// <summary>The training event (not <see cref="IntegrationEvent.EventId"/>, the message's own id).</summary>
    public required Guid TrainingEventId { get; init; }

    public required Guid ActivityId { get; init; }

    public required Guid HostAgencyId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }
}
