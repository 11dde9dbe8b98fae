using System.Globalization;
using System.Text.Json;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// A row exactly as stored (text columns). The hash is computed over these strings, so what is
/// verified is what is on disk, independent of how values parse back.
/// </summary>
internal sealed class AuditRow
{
    public const string Columns = """
        sequence AS Sequence, record_id AS RecordId, occurred_at AS OccurredAt, actor_subject AS ActorSubject,
        actor_participant AS ActorParticipant, actor_agency_id AS ActorAgencyId, operation AS Operation,
        action AS Action, resource_type AS ResourceType, resource_id AS ResourceId, fields AS Fields,
        justification AS Justification, recipients AS Recipients, correlation_id AS CorrelationId,
        previous_hash AS PreviousHash, hash AS Hash
        """;

    public long Sequence { get; init; }
    public string RecordId { get; init; } = "";
    public string OccurredAt { get; init; } = "";
    public string ActorSubject { get; init; } = "";
    public string? ActorParticipant { get; init; }
    public string? ActorAgencyId { get; init; }
    public string Operation { get; init; } = "";
    public string Action { get; init; } = "";
    public string ResourceType { get; init; } = "";
    public string ResourceId { get; init; } = "";
    public string Fields { get; init; } = "[]";
    public string? Justification { get; init; }
    public string Recipients { get; init; } = "[]";
    public string? CorrelationId { get; init; }
    public string PreviousHash { get; init; } = "";
    public string Hash { get; set; } = "";

    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    public static AuditRow From(AuditEntry entry, long sequence, Guid recordId, DateTimeOffset occurredAt, string? correlationId, string previousHash) => new()
    {
        Sequence = sequence,
        RecordId = recordId.ToString("D"),
        OccurredAt = FormatInstant(occurredAt),
        ActorSubject = entry.Actor.Subject,
        ActorParticipant = entry.Actor.Participant?.ToString(),
        ActorAgencyId = entry.Actor.AgencyId?.ToString("D"),
        Operation = entry.Operation,
        Action = entry.Action.ToString().ToLowerInvariant(),
        ResourceType = entry.ResourceType,
        ResourceId = entry.ResourceId,
        Fields = JsonSerializer.Serialize(entry.Fields),
        Justification = entry.Justification,
        Recipients = JsonSerializer.Serialize(entry.Recipients),
        CorrelationId = correlationId,
        PreviousHash = previousHash,
    };

    public AuditRecord ToRecord() => new(
        Sequence,
        Guid.Parse(RecordId),
        DateTimeOffset.Parse(OccurredAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        new AuditActor(
            ActorSubject,
            ActorParticipant is null ? null : Enum.Parse<Participant>(ActorParticipant),
            ActorAgencyId is null ? null : Guid.Parse(ActorAgencyId)),
        Operation,
        Enum.Parse<AuditAction>(Action, ignoreCase: true),
        ResourceType,
        ResourceId,
        JsonSerializer.Deserialize<string[]>(Fields) ?? [],
        Justification,
        JsonSerializer.Deserialize<string[]>(Recipients) ?? [],
        CorrelationId,
        PreviousHash,
        Hash);
}
