using Cooperation.BuildingBlocks.Messaging.Topology;
using Cooperation.Contracts.Messages;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.BuildingBlocks.Messaging.Inbox;

public static class InboxConsumerRegistration
{
    /// <summary>
    /// Registers a consumer (a plain <see cref="IConsumer{TMessage}"/> that takes <see cref="IUnitOfWork"/>
    /// to make its change) behind the inbox on its own endpoint (queue) named <paramref name="endpoint"/>, with
    /// <see cref="InboxConsumerDefinition{TConsumer,TMessage}"/>'s retries, redelivery and error queue.
    /// The endpoint must be listed for <typeparamref name="TMessage"/> in <see cref="EventSubscriptions"/>
    /// (checked when the service starts), so publishers keep its events before it first runs.
    /// </summary>
    public static IConsumerRegistrationConfigurator<TConsumer> AddInboxConsumer<TConsumer, TMessage>(
        this IBusRegistrationConfigurator bus, string endpoint)
        where TConsumer : class, IConsumer<TMessage>
        where TMessage : IntegrationEvent
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        bus.AddSingleton(new InboxEndpoint(endpoint, typeof(TMessage)));
        var consumer = bus.AddConsumer<TConsumer, InboxConsumerDefinition<TConsumer, TMessage>>();
        consumer.Endpoint(e => e.Name = endpoint);
        return consumer;
    }

    /// <summary>
    /// Adds a subscription beside <see cref="EventSubscriptions.All"/>, for endpoints that exist only
    /// in one process (tests); services list theirs in <see cref="EventSubscriptions"/>.
    /// </summary>
    public static IServiceCollection AddEventSubscription(this IServiceCollection services, string endpoint, Type eventType) =>
        services.AddSingleton(new EventSubscription(endpoint, eventType));
}
