namespace Cooperation.Contracts.Messages.Training;

/// <summary>
/// An official took a seat on a training event (¶4b): approved as the event asks and booked,
/// straight away or promoted from the wait-list. For the metrics service; no personal data beyond
/// the working group's official id.
/// </summary>
public sealed record BookingApproved : IntegrationEvent
{
    public required Guid BookingId { get; init; }

    /// <summary>The training event (not <see cref="IntegrationEvent.EventId"/>, the message's own id).</summary>
    public required Guid TrainingEventId { get; init; }

    public required Guid ActivityId { get; init; }

    public required Guid OfficialId { get; init; }

    /// <summary>The nominating agency, the official's own.</summary>
    public required Guid AgencyId { get; init; }

    /// <summary>True when the seat came from the wait-list.</summary>
    public required bool FromWaitList { get; init; }
}
