namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>Wakes the relay right after a commit, so events go out without waiting for the next poll.</summary>
public interface IOutboxSignal
{
    void Notify();

    /// <summary>True when woken by <see cref="Notify"/>, false when the timeout passed first.</summary>
    Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
