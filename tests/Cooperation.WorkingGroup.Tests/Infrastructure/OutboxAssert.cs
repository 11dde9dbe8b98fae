using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging.Outbox;
using Cooperation.Contracts.Messages;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.Tests.Infrastructure;

/// <summary>
/// Reads the events a call staged in <c>outbox_messages</c>: what is there was committed in the
/// same transaction as the change, and is what the relay will publish.
/// </summary>
public static class OutboxAssert
{
    /// <summary>Exactly one <typeparamref name="TEvent"/> was written; returns it.</summary>
    public static async Task<TEvent> SingleAsync<TEvent>(WorkingGroupServiceFactory factory) where TEvent : IntegrationEvent
    {
        var events = await AllAsync<TEvent>(factory);
        return Assert.Single(events);
    }

    public static async Task<IReadOnlyList<TEvent>> AllAsync<TEvent>(WorkingGroupServiceFactory factory) where TEvent : IntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(factory);
        var typeName = OutboxSerializer.TypeName(typeof(TEvent));
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        var bodies = await connection.QueryAsync<string>(
            "SELECT body FROM outbox_messages WHERE message_type = @TypeName ORDER BY sequence", new { TypeName = typeName });
        return bodies.Select(body => (TEvent)OutboxSerializer.Deserialize(typeName, body)).ToList();
    }
}
