using Cooperation.Contracts.Messages;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Cooperation.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// The failure policy of every inbox consumer's endpoint: in-process retries (immediate, then at
/// intervals), then redelivery through the broker, then MassTransit's <c>{queue}_error</c> queue.
/// Register consumers with <c>AddInboxConsumer</c>, which applies it.
/// </summary>
public sealed class InboxConsumerDefinition<TConsumer, TMessage>(IOptions<MessagingOptions> options) : ConsumerDefinition<TConsumer>
    where TConsumer : InboxConsumer<TMessage>
    where TMessage : IntegrationEvent
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        var settings = options.Value;
        // Filters nest in the order they are added: redelivery wraps the retries, so it only sees a
        // message once every in-process retry has failed. The in-memory transport has no redelivery queue.
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator)
        {
            endpointConfigurator.UseFilter(new BrokerRedeliveryFilter<TMessage>(settings.Redeliveries));
        }

        endpointConfigurator.UseMessageRetry(retry => retry.Intervals([.. settings.RetryIntervals]));
    }
}
