using MassTransit;

namespace Cooperation.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// Lets the first <paramref name="passThrough"/> publishes of a bus go out, then holds every later
/// one before it reaches the broker until that publish is cancelled (by its timeout or by the
/// caller), so a test can stop a host while the relay is in the middle of a batch.
/// </summary>
public sealed class PublishHold(int passThrough) : IPublishObserver
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _published;

    /// <summary>Completes when the first publish is held.</summary>
    public Task Reached => _reached.Task;

    public async Task PrePublish<T>(PublishContext<T> context) where T : class
    {
        if (Interlocked.Increment(ref _published) <= passThrough)
        {
            return;
        }

        _reached.TrySetResult();
        await Task.Delay(Timeout.Infinite, context.CancellationToken);
    }

    public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
