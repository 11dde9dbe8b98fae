namespace Cooperation.BuildingBlocks.Messaging.Topology;

/// <summary>A consumer endpoint this service hosts, recorded by <c>AddInboxConsumer</c>.</summary>
public sealed record InboxEndpoint(string Name, Type MessageType)
{
    /// <summary>
    /// Where a message waits before it is redelivered: a queue with a time-to-live whose expired
    /// messages dead-letter back to the endpoint's exchange (see <see cref="Inbox.BrokerRedeliveryFilter{TMessage}"/>).
    /// </summary>
    public static string RedeliveryName(string endpoint) => endpoint + "_redelivery";
}
