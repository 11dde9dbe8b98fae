using Cooperation.Contracts.Messages;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Cooperation.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// The pipe of every inbox consumer's endpoint: in-process retries (immediate, then at intervals),
/// each attempt inside its own unit of work and inbox claim (<see cref="InboxFilter{TConsumer,TMessage}"/>),
/// then redelivery through the broker, then MassTransit's <c>{queue}_error</c> queue. Register
/// consumers with <c>AddInboxConsumer</c>, which applies it.
/// </summary>
public sealed class InboxConsumerDefinition<TConsumer, TMessage>(IOptions<MessagingOptions> options) : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer<TMessage>
    where TMessage : IntegrationEvent
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        var settings = options.Value;
        // Redelivery sits on the endpoint's pipe and the retries on the consumer's, inside it, so
        // redelivery only sees a message once every in-process retry has failed. (An endpoint-level
        // UseMessageRetry would wrap the endpoint's filters instead.) The in-memory transport has no
        // redelivery queue, so there a message goes from its retries straight to the error queue.
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator)
        {
            endpointConfigurator.UseFilter(new BrokerRedeliveryFilter<TMessage>(settings.Redeliveries));
        }

        consumerConfigurator.UseMessageRetry(retry => retry.Intervals(settings.RetryIntervals is { Length: > 0 } intervals ? intervals : [.. MessagingOptions.DefaultRetryIntervals]));

        // Inside the retries, so every attempt gets a fresh transaction: on PostgreSQL a failed
        // statement leaves its transaction unusable.
        var endpoint = endpointConfigurator.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        consumerConfigurator.ConsumerMessage<TMessage>(message => message.UseFilter(new InboxFilter<TConsumer, TMessage>(endpoint)));
    }
}
