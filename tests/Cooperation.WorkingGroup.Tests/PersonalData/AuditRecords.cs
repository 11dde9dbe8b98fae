using Cooperation.BuildingBlocks.Data;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.Tests.PersonalData;

/// <summary>One row of the service's audit_records table as text: ids as UUID text, lists as JSON arrays.</summary>
public sealed record AuditRow(
    long Sequence, string ActorSubject, string? ActorParticipant, string? ActorAgencyId, string Operation, string Action,
    string ResourceType, string ResourceId, string Fields, string? Justification, string Recipients)
{
    /// <summary>Every stored column as one text, to look for values that must never be there.</summary>
    public string AllText { get; init; } = "";
}

/// <summary>Reads the audit trail the service wrote, straight from its table.</summary>
public static class AuditRecords
{
    private const string SelectSql = """
        SELECT sequence AS Sequence, actor_subject AS ActorSubject, actor_participant AS ActorParticipant,
               actor_agency_id::text AS ActorAgencyId, operation AS Operation, action AS Action, resource_type AS ResourceType,
               resource_id AS ResourceId, array_to_json(fields)::text AS Fields, justification AS Justification,
               array_to_json(recipients)::text AS Recipients,
               record_id::text || '|' || occurred_at::text || '|' || actor_subject || '|' || COALESCE(actor_participant, '') || '|' ||
               COALESCE(actor_agency_id::text, '') || '|' || operation || '|' || action || '|' || resource_type || '|' ||
               resource_id || '|' || array_to_json(fields)::text || '|' || COALESCE(justification, '') || '|' ||
               array_to_json(recipients)::text || '|' || COALESCE(correlation_id, '') AS AllText
        FROM audit_records
        """;

    public static async Task<IReadOnlyList<AuditRow>> AllAsync(WorkingGroupServiceFactory factory)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        var rows = await connection.QueryAsync<AuditRowData>(SelectSql + " ORDER BY sequence");
        return rows.Select(r => r.ToRow()).ToList();
    }

    public static async Task<IReadOnlyList<AuditRow>> ForOperationAsync(WorkingGroupServiceFactory factory, string operation) =>
        (await AllAsync(factory)).Where(r => r.Operation == operation).ToList();

    public static async Task<IReadOnlyList<AuditRow>> ForResourceAsync(WorkingGroupServiceFactory factory, string resourceId) =>
        (await AllAsync(factory)).Where(r => r.ResourceId == resourceId).ToList();

    private sealed class AuditRowData
    {
        public long Sequence { get; init; }

        public string ActorSubject { get; init; } = "";

        public string? ActorParticipant { get; init; }

        public string? ActorAgencyId { get; init; }

        public string Operation { get; init; } = "";

        public string Action { get; init; } = "";

        public string ResourceType { get; init; } = "";

        public string ResourceId { get; init; } = "";

        public string Fields { get; init; } = "";

        public string? Justification { get; init; }

        public string Recipients { get; init; } = "";

        public string AllText { get; init; } = "";

        public AuditRow ToRow() => new(
            Sequence, ActorSubject, ActorParticipant, ActorAgencyId, Operation, Action, ResourceType, ResourceId, Fields,
            Justification, Recipients) { AllText = AllText };
    }
}
