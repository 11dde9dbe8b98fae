using Cooperation.BuildingBlocks.Messaging.Topology;
using MassTransit;

namespace Cooperation.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// Second-level retry: a message that failed all its in-process retries goes back to the broker to
/// wait <see cref="MessagingOptions.RedeliveryDelay"/> in the endpoint's <c>_redelivery</c> queue,
/// up to <see cref="MessagingOptions.Redeliveries"/> times; after that the exception propagates and
/// MassTransit moves the message to <c>{queue}_error</c>.
/// </summary>
/// <remarks>
/// MassTransit's UseDelayedRedelivery needs RabbitMQ's delayed-message-exchange plugin, which
/// Debian's rabbitmq-server does not ship, and UseScheduledRedelivery needs a scheduler (Quartz or
/// Hangfire). A time-to-live queue that dead-letters back to the endpoint works on a stock broker.
/// The copy keeps the MessageId, so the inbox still recognises it, and the original is acknowledged
/// only after the broker confirmed the copy: nothing is acknowledged on failure.
/// </remarks>
internal sealed class BrokerRedeliveryFilter<TMessage>(int redeliveries) : IFilter<ConsumeContext>
    where TMessage : class
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception e) when (e is not OperationCanceledException
            && context.GetRedeliveryCount() < redeliveries
            && context.TryGetMessage<TMessage>(out var consumed))
        {
            var endpoint = context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
            var redelivery = await context.GetSendEndpoint(new Uri($"exchange:{InboxEndpoint.RedeliveryName(endpoint)}"));
            var count = context.GetRedeliveryCount() + 1;
            await redelivery.Send(consumed.Message, Pipe.Execute<SendContext<TMessage>>(send =>
            {
                send.MessageId = context.MessageId;
                send.CorrelationId = context.CorrelationId;
                send.ConversationId = context.ConversationId;
                send.Headers.Set(MessageHeaders.RedeliveryCount, count);
            }), context.CancellationToken);
            await context.NotifyConsumed(consumed, context.ReceiveContext.ElapsedTime, nameof(BrokerRedeliveryFilter<TMessage>));
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("brokerRedelivery").Add("redeliveries", redeliveries);
}
