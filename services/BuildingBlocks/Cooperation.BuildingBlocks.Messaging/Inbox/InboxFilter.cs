using System.Diagnostics;
using Cooperation.Contracts.Messages;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cooperation.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// Applies each message once per endpoint. Around every consume it begins a unit of work, records
/// the message id against the endpoint in <c>inbox_messages</c>, hands the unit to the consumer
/// (as its scoped <see cref="IUnitOfWork"/>) and commits once the consumer returns, so the claim,
/// the effect, its events and its audit record commit together. A redelivered copy finds its id
/// and is acknowledged without a second effect; a failure rolls everything back and rethrows, so
/// the endpoint's retries and error queue take over. The key is the endpoint's name, not the
/// consumer's type, so renaming a class never resets an inbox.
/// </summary>
internal sealed partial class InboxFilter<TConsumer, TMessage>(string endpoint) : IFilter<ConsumerConsumeContext<TConsumer, TMessage>>
    where TConsumer : class
    where TMessage : IntegrationEvent
{
    private const string ClaimSql = """
        INSERT INTO inbox_messages (message_id, endpoint, message_type, processed_at)
        VALUES (@MessageId, @Endpoint, @MessageType, @ProcessedAt)
        ON CONFLICT (message_id, endpoint) DO NOTHING
        """;

    public async Task Send(ConsumerConsumeContext<TConsumer, TMessage> context, IPipe<ConsumerConsumeContext<TConsumer, TMessage>> next)
    {
        var services = context.GetPayload<IServiceProvider>();
        var factory = services.GetRequiredService<IUnitOfWorkFactory>();
        var clock = services.GetRequiredService<TimeProvider>();
        var messageId = context.MessageId ?? context.Message.EventId;

        await using var unitOfWork = await factory.BeginAsync(
            typeof(TMessage).Name, context.CorrelationId?.ToString() ?? Activity.Current?.TraceId.ToString(), context.CancellationToken);
        var claimed = await unitOfWork.ExecuteAsync(ClaimSql, new
        {
            MessageId = messageId,
            Endpoint = endpoint,
            MessageType = typeof(TMessage).Name,
            ProcessedAt = clock.GetUtcNow(),
        });
        if (claimed == 0)
        {
            LogAlreadyApplied(services.GetRequiredService<ILogger<InboxFilter<TConsumer, TMessage>>>(), messageId, typeof(TMessage).Name, endpoint);
            return;
        }

        var current = services.GetRequiredService<ConsumeUnitOfWork>();
        current.Begin(unitOfWork);
        try
        {
            await next.Send(context);
            await unitOfWork.CommitAsync();
        }
        finally
        {
            current.End();
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox").Add("endpoint", endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} of type {MessageType} was already applied on {Endpoint}; skipping")]
    private static partial void LogAlreadyApplied(ILogger logger, Guid messageId, string messageType, string endpoint);
}
