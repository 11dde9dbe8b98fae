namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// An unsent event as the relay reads it. Settable properties rather than a positional record:
/// Dapper then widens <c>attempts</c> (an integer column) instead of demanding a constructor whose
/// signature matches the column types exactly.
/// </summary>
internal sealed class OutboxRow
{
    public long Sequence { get; init; }

    public Guid MessageId { get; init; }

    public string MessageType { get; init; } = "";

    public string Body { get; init; } = "";

    public string? CorrelationId { get; init; }

    public long Attempts { get; init; }
}
