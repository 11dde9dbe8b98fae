using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.BuildingBlocks.Audit;

public static class AuditedUnitOfWorkExtensions
{
    /// <summary>
    /// Records who did what in this unit of work; the record commits with the change or not at all.
    /// </summary>
    public static void Audit(this IUnitOfWork unitOfWork, AuditEntry entry)
    {
        if (unitOfWork is not AuditedUnitOfWork audited)
        {
            throw new InvalidOperationException("This unit of work keeps no audit trail: register it with AddAudit() after AddMessaging().");
        }

        audited.Add(entry);
    }
}
