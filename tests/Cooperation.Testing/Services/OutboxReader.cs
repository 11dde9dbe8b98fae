using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging.Outbox;
using Cooperation.Contracts.Messages;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.Testing;

/// <summary>Reads the events the service wrote to its outbox (what the relay would publish).</summary>
public static class OutboxReader
{
    public static async Task<IReadOnlyList<TEvent>> OutboxAsync<TEvent>(this IServiceHost factory)
        where TEvent : IntegrationEvent
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        var rows = await connection.QueryAsync<(string Type, string Body)>(
            "SELECT message_type, body FROM outbox_messages WHERE message_type = @Type ORDER BY sequence",
            new { Type = OutboxSerializer.TypeName(typeof(TEvent)) });
        return rows.Select(r => (TEvent)OutboxSerializer.Deserialize(r.Type, r.Body)).ToList();
    }
}
