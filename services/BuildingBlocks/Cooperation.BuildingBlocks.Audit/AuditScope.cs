namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// The audit side of one unit of work: who acts (the caller, when the unit was begun from a gRPC
/// call; the service itself otherwise) and the records waiting for the commit.
/// </summary>
internal sealed class AuditScope
{
    public AuditActor? Actor { get; set; }

    public List<AuditEntry> Entries { get; } = [];

    public List<PendingAuditRecord> Pending { get; } = [];
}

/// <summary>A record written in a feature's one line; the actor, operation and correlation are filled in at commit.</summary>
internal sealed record PendingAuditRecord(
    AuditAction Action,
    string ResourceType,
    string ResourceId,
    IReadOnlyList<string> Fields,
    string? Justification,
    IReadOnlyList<string> Recipients);
