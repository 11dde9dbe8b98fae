using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages;

namespace Cooperation.Metrics.Observations;

/// <summary>
/// Records what one consumed event observed, inside the consumer's unit of work (the inbox's):
/// the observations (a total and its breakdown), the values they make and the change-log rows
/// commit together with the inbox row, or not at all. An event that observes nothing is still
/// audited as the message received.
/// </summary>
public sealed class ObservationRecorder(ObservationRepository observations, TimeProvider time)
{
    public Task RecordAsync(IUnitOfWork unitOfWork, IntegrationEvent source, Observation? observation) =>
        RecordAsync(unitOfWork, source, observation is null ? [] : [observation]);

    public async Task RecordAsync(IUnitOfWork unitOfWork, IntegrationEvent source, IReadOnlyList<Observation> observed)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(observed);
        if (observed.Count == 0)
        {
            unitOfWork.Audit(AuditAction.Create, ObservationsAudit.InboxMessage, source.EventId, justification: "moves no indicator");
            return;
        }

        var now = time.GetUtcNow();
        var applied = 0;
        foreach (var observation in observed)
        {
            var id = Guid.NewGuid();
            if (await observations.TryAddAsync(unitOfWork, id, observation, source.EventId, source.GetType().Name, now))
            {
                await observations.ApplyAsync(unitOfWork, observation, now);
                unitOfWork.Audit(AuditAction.Create, ObservationsAudit.Observation, id, ObservationsAudit.ObservationFields);
                applied++;
            }
        }

        if (applied == 0)
        {
            unitOfWork.Audit(AuditAction.Create, ObservationsAudit.InboxMessage, source.EventId, justification: "already observed; no change");
        }
    }
}
