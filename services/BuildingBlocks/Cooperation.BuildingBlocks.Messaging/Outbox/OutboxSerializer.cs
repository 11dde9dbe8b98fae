using System.Text.Json;
using Cooperation.Contracts.Messages;

namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>How an event is stored in the outbox and turned back into its contract type.</summary>
public static class OutboxSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string TypeName(Type eventType) =>
        eventType.FullName ?? throw new ArgumentException("Event types must have a full name.", nameof(eventType));

    public static string Serialize(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static IntegrationEvent Deserialize(string typeName, string body)
    {
        var type = typeof(IntegrationEvent).Assembly.GetType(typeName, throwOnError: false)
            ?? throw new InvalidOperationException($"Unknown event type '{typeName}' in the outbox.");
        return (IntegrationEvent)(JsonSerializer.Deserialize(body, type, Options)
            ?? throw new InvalidOperationException($"Empty body for event type '{typeName}'."));
    }
}
