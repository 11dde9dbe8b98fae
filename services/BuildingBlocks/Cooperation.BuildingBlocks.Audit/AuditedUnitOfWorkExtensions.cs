using System.Diagnostics;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Grpc.Core;

namespace Cooperation.BuildingBlocks.Audit;

public static class AuditedUnitOfWorkExtensions
{
    /// <summary>
    /// Begins the unit of work of a gRPC call: its records name the caller and the call's method,
    /// its events and records carry the call's trace id, and its commands honour the call's token.
    /// A call without a valid caller is refused as Unauthenticated before anything is opened.
    /// </summary>
    public static async Task<IUnitOfWork> BeginAsync(this IUnitOfWorkFactory factory, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(context);
        var actor = AuditActor.From(context.GetCaller());
        var unitOfWork = await factory.BeginAsync(OperationOf(context), Activity.Current?.TraceId.ToString(), context.CancellationToken);
        unitOfWork.Feature<AuditScope>().Actor = actor;
        return unitOfWork;
    }

    /// <summary>
    /// Records what this unit of work did to a resource; the record names the unit's actor and
    /// operation and commits with the change or not at all. <paramref name="fields"/> are field
    /// names, never values.
    /// </summary>
    public static void Audit(
        this IUnitOfWork unitOfWork,
        AuditAction action,
        string resourceType,
        object resourceId,
        IReadOnlyList<string>? fields = null,
        string? justification = null,
        IReadOnlyList<string>? recipients = null)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        ScopeOf(unitOfWork).Pending.Add(new PendingAuditRecord(
            action, resourceType, resourceId.ToString()!, fields ?? [], justification, recipients ?? []));
    }

    /// <summary>Records a fully formed entry (its own actor and operation), for the rare unit that records for someone else.</summary>
    public static void Audit(this IUnitOfWork unitOfWork, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ScopeOf(unitOfWork).Entries.Add(entry);
    }

    /// <summary>The method name of a call ("/pkg.Service/Method" → "Method"), the operation its records name.</summary>
    public static string OperationOf(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.Method;
        return method[(method.LastIndexOf('/') + 1)..];
    }

    private static AuditScope ScopeOf(IUnitOfWork unitOfWork)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        if (!unitOfWork.HasParticipant<AuditParticipant>())
        {
            throw new InvalidOperationException("This service keeps no audit trail: call builder.AddAudit(...) at start-up.");
        }

        return unitOfWork.Feature<AuditScope>();
    }
}
