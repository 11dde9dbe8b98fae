using System.Globalization;
using System.Text.Json;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// A row as stored. The hash is computed over a canonical text of these values (see
/// <see cref="AuditHash"/>), each of which survives the round trip through its column exactly:
/// the instant is kept to whole microseconds, as <c>timestamptz</c> holds it.
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
    public Guid RecordId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string ActorSubject { get; init; } = "";
    public string? ActorParticipant { get; init; }
    public Guid? ActorAgencyId { get; init; }
    public string Operation { get; init; } = "";
    public string Action { get; init; } = "";
    public string ResourceType { get; init; } = "";
    public string ResourceId { get; init; } = "";
    public string[] Fields { get; init; } = [];
    public string? Justification { get; init; }
    public string[] Recipients { get; init; } = [];
    public string? CorrelationId { get; init; }
    public string PreviousHash { get; init; } = "";
    public string Hash { get; set; } = "";

    /// <summary>The instant's format in the hash: UTC, seven fractional digits, fixed width.</summary>
    public const string InstantFormat = "yyyy-MM-ddTHH:mm:ss.fffffffZ";

    /// <summary>The instant as the hash encodes it.</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>A list as the hash encodes it: a compact JSON array of strings.</summary>
    public static string FormatList(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static AuditRow From(AuditEntry entry, long sequence, Guid recordId, DateTimeOffset occurredAt, string? correlationId, string previousHash) => new()
    {
        Sequence = sequence,
        RecordId = recordId,
        OccurredAt = ToMicroseconds(occurredAt.ToUniversalTime()),
        ActorSubject = entry.Actor.Subject,
        ActorParticipant = entry.Actor.Participant?.ToString(),
        ActorAgencyId = entry.Actor.AgencyId,
        Operation = entry.Operation,
        Action = entry.Action.ToString().ToLowerInvariant(),
        ResourceType = entry.ResourceType,
        ResourceId = entry.ResourceId,
        Fields = [.. entry.Fields],
        Justification = entry.Justification,
        Recipients = [.. entry.Recipients],
        CorrelationId = correlationId,
        PreviousHash = previousHash,
    };

    public AuditRecord ToRecord() => new(
        Sequence,
        RecordId,
        OccurredAt,
        new AuditActor(
            ActorSubject,
            ActorParticipant is null ? null : Enum.Parse<Participant>(ActorParticipant),
            ActorAgencyId),
        Operation,
        Enum.Parse<AuditAction>(Action, ignoreCase: true),
        ResourceType,
        ResourceId,
        Fields,
        Justification,
        Recipients,
        CorrelationId,
        PreviousHash,
        Hash);

    // PostgreSQL keeps microseconds; a tick finer than that would not read back as hashed.
    private static DateTimeOffset ToMicroseconds(DateTimeOffset instant) =>
        instant.AddTicks(-(instant.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
}
