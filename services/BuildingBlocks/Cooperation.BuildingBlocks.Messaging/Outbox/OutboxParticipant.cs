namespace Cooperation.BuildingBlocks.Messaging.Outbox;

/// <summary>Writes a unit of work's published events to the outbox in its transaction, and wakes the relay once committed.</summary>
internal sealed class OutboxParticipant(IOutboxSignal signal) : IUnitOfWorkParticipant
{
    public async Task OnCommittingAsync(IUnitOfWork unitOfWork)
    {
        var pending = unitOfWork.Feature<PendingEvents>();
        if (pending.Count > 0)
        {
            await OutboxWriter.WriteAsync(unitOfWork.Connection, unitOfWork.Transaction, pending, unitOfWork.CorrelationId, unitOfWork.CancellationToken);
        }
    }

    public void OnCommitted(IUnitOfWork unitOfWork)
    {
        if (unitOfWork.Feature<PendingEvents>().Count > 0)
        {
            signal.Notify();
        }
    }
}
