using System.Data.Common;
using Cooperation.Contracts.Messages;
using Dapper;

namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>Writes outbox rows inside the caller's transaction.</summary>
internal static class OutboxWriter
{
    private const string InsertSql = """
        INSERT INTO outbox_messages (message_id, message_type, body, correlation_id, occurred_at, attempts)
        VALUES (@MessageId, @MessageType, CAST(@Body AS jsonb), @CorrelationId, @OccurredAt, 0)
        """;

    public static async Task WriteAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<IntegrationEvent> events,
        string? correlationId, CancellationToken cancellationToken)
    {
        foreach (var integrationEvent in events)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
            {
                MessageId = integrationEvent.EventId,
                MessageType = OutboxSerializer.TypeName(integrationEvent.GetType()),
                Body = OutboxSerializer.Serialize(integrationEvent),
                CorrelationId = correlationId,
                integrationEvent.OccurredAt,
            }, transaction, cancellationToken: cancellationToken));
        }
    }
}
