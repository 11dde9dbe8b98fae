using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>One stored link of the chain, as read back.</summary>
public sealed record AuditRecord(
    long Sequence,
    Guid RecordId,
    DateTimeOffset OccurredAt,
    AuditActor Actor,
    string Operation,
    AuditAction Action,
    string ResourceType,
    string ResourceId,
    IReadOnlyList<string> Fields,
    string? Justification,
    IReadOnlyList<string> Recipients,
    string? CorrelationId,
    string PreviousHash,
    string Hash);
