namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>
/// An unsent event as the relay reads it. Settable properties rather than a positional record:
/// Dapper then converts column types (SQLite hands back 64-bit integers, PostgreSQL 32-bit ones)
/// instead of demanding a constructor whose signature matches one database exactly.
/// </summary>
internal sealed class OutboxRow
{
    public long Sequence { get; init; }

    public string MessageId { get; init; } = "";

    public string MessageType { get; init; } = "";

    public string Body { get; init; } = "";

    public string? CorrelationId { get; init; }

    public long Attempts { get; init; }
}
