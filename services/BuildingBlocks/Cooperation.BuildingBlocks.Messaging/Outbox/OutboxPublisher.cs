using MassTransit;

namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>Publishes one outbox row through MassTransit with the row's ids, and waits for the broker's confirm.</summary>
internal sealed class OutboxPublisher(IBus bus)
{
    public async Task PublishAsync(OutboxRow row, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var message = OutboxSerializer.Deserialize(row.MessageType, row.Body);
        Guid? correlationId = Guid.TryParse(row.CorrelationId, out var parsed) ? parsed : null;

        // With publisher confirms on, Publish completes once the broker has taken the message; while
        // the broker is away it waits for a connection, so the timeout turns that into a failure.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var publish = bus.Publish(message, message.GetType(), Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = row.MessageId;
            context.CorrelationId = correlationId;
            context.Durable = true;
        }), limit.Token);
        try
        {
            // Awaited against the limit too: a publish that waits for a connection without heeding
            // its token must not hold the relay past the timeout. Should it still go out later, the
            // row is published again and the consumers' inbox drops the second copy by message id.
            await publish.WaitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _ = publish.ContinueWith(abandoned => abandoned.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw new TimeoutException($"The broker did not confirm message {row.MessageId} within {timeout}.");
        }
    }
}
