namespace Cooperation.Contracts.Messages;

/// <summary>
/// A fact one service announces to the others. <see cref="EventId"/> is also the broker's
/// message id, so a consumer's inbox recognises a redelivered copy.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.NewGuid();

    public DateTimeOffset OccurredAt { get; init; }
}
