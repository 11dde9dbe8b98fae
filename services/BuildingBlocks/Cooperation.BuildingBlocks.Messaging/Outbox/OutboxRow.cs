namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>An unsent event as the relay reads it.</summary>
internal sealed record OutboxRow(long Sequence, string MessageId, string MessageType, string Body, string? CorrelationId, long Attempts);
