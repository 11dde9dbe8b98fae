namespace Cooperation.BuildingBlocks.Messaging.Outbox;

internal sealed class OutboxSignal : IOutboxSignal, IDisposable
{
    // A capacity-one semaphore folds a burst of commits into a single wake-up.
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the relay will see every committed row on its next pass.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
