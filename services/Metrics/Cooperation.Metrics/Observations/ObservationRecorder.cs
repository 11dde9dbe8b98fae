using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages;

namespace Cooperation.Metrics.Observations;

/// <summary>
/// Records what one consumed event observed, inside the consumer's unit of work (the inbox's):
/// the observation, the value it makes and the change-log row commit together with the inbox
/// row, or not at all. An event that observes nothing is still audited as the message received.
/// </summary>
public sealed class ObservationRecorder(ObservationRepository observations, TimeProvider time)
{
    public async Task RecordAsync(IUnitOfWork unitOfWork, IntegrationEvent source, Observation? observation)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(source);
        if (observation is null)
        {
            unitOfWork.Audit(AuditAction.Create, ObservationsAudit.InboxMessage, source.EventId, justification: "moves no indicator");
            return;
        }

        var now = time.GetUtcNow();
        var id = Guid.NewGuid();
        if (!await observations.TryAddAsync(unitOfWork, id, observation, source.EventId, source.GetType().Name, now))
        {
            unitOfWork.Audit(AuditAction.Create, ObservationsAudit.InboxMessage, source.EventId, justification: "already observed; no change");
            return;
        }

        await observations.ApplyAsync(unitOfWork, observation, now);
        unitOfWork.Audit(AuditAction.Create, ObservationsAudit.Observation, id, ObservationsAudit.ObservationFields);
    }
}
