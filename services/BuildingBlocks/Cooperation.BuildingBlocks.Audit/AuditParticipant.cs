using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// Appends a unit of work's audit records to the chain inside its transaction, just before the
/// commit, and refuses to let a unit commit without one: every change is somebody's.
/// </summary>
internal sealed class AuditParticipant(AuditTrail trail, ServiceActor serviceActor) : IUnitOfWorkParticipant
{
    public async Task OnCommittingAsync(IUnitOfWork unitOfWork)
    {
        var scope = unitOfWork.Feature<AuditScope>();
        if (scope.Entries.Count == 0 && scope.Pending.Count == 0)
        {
            throw new InvalidOperationException(
                $"'{unitOfWork.Operation}' cannot commit without its audit record: call IUnitOfWork.Audit(...) before CommitAsync.");
        }

        var actor = scope.Actor ?? serviceActor.Actor;
        var entries = scope.Entries.Concat(scope.Pending.Select(p => new AuditEntry(actor, unitOfWork.Operation, p.Action, p.ResourceType, p.ResourceId)
        {
            Fields = p.Fields,
            Justification = p.Justification,
            Recipients = p.Recipients,
        }));
        await trail.AppendAllAsync(
            unitOfWork.Connection,
            unitOfWork.Transaction,
            entries.Select(entry => entry.CorrelationId is null ? entry with { CorrelationId = unitOfWork.CorrelationId } : entry).ToList(),
            unitOfWork.CancellationToken);
    }
}
