namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>Wakes the relay right after a commit, so events go out without waiting for the next poll.</summary>
public interface IOutboxSignal
{
    void Notify();

    Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
