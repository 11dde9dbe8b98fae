using Cooperation.Contracts.Messages;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Cooperation.BuildingBlocks.Messaging.Inbox;

/// <summary>
/// A consumer that applies each message once. The message id is recorded in <c>inbox_messages</c>
/// in the same transaction as the effect (and any events it publishes), so a redelivered copy
/// finds its id and is acknowledged without a second effect. A failure rolls both back and
/// rethrows, so the endpoint's retry and error queue take over; nothing is acknowledged on failure.
/// </summary>
public abstract class InboxConsumer<TMessage>(IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time, ILogger logger) : IConsumer<TMessage>
    where TMessage : IntegrationEvent
{
    /// <summary>The clock the inbox stamps with; derived consumers use it for their events too.</summary>
    protected TimeProvider Time => time;

    /// <summary>The consumer's logger, for derived consumers too.</summary>
    protected ILogger Logger => logger;

    private const string ClaimSql = """
        INSERT INTO inbox_messages (message_id, consumer, message_type, processed_at)
        VALUES (@MessageId, @Consumer, @MessageType, @ProcessedAt)
        ON CONFLICT (message_id, consumer) DO NOTHING
        """;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? context.Message.EventId;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        var claimed = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(ClaimSql, new
        {
            MessageId = messageId,
            Consumer = GetType().Name,
            MessageType = typeof(TMessage).Name,
            ProcessedAt = time.GetUtcNow(),
        }, unitOfWork.Transaction, cancellationToken: context.CancellationToken));

        if (claimed == 0)
        {
            logger.LogInformation("Message {MessageId} of type {MessageType} was already applied; skipping", messageId, typeof(TMessage).Name);
            return;
        }

        await HandleAsync(context.Message, unitOfWork, context.CancellationToken);
        await unitOfWork.CommitAsync(context.CancellationToken);
    }

    /// <summary>Applies the message's effect through <paramref name="unitOfWork"/>; do not commit it.</summary>
    protected abstract Task HandleAsync(TMessage message, IUnitOfWork unitOfWork, CancellationToken cancellationToken);
}
