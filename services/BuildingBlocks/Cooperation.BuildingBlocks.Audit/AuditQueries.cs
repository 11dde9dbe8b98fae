using System.Text;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Dapper;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>Reads the trail back, oldest first, filtered and paged.</summary>
public sealed class AuditQueries(IDbConnectionFactory connections)
{
    private const string SelectSql = $"SELECT {AuditRow.Columns} FROM audit_records WHERE 1 = 1";

    public async Task<IReadOnlyList<AuditRecord>> ListAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // Only fixed fragments are appended; every value travels as a parameter.
        var sql = new StringBuilder(SelectSql);
        var parameters = new DynamicParameters();
        Add(sql, parameters, " AND actor_subject = @ActorSubject", "ActorSubject", filter.ActorSubject);
        Add(sql, parameters, " AND actor_agency_id = @AgencyId", "AgencyId", filter.AgencyId);
        Add(sql, parameters, " AND resource_type = @ResourceType", "ResourceType", filter.ResourceType);
        Add(sql, parameters, " AND resource_id = @ResourceId", "ResourceId", filter.ResourceId);
        Add(sql, parameters, " AND occurred_at >= @From", "From", filter.From);
        Add(sql, parameters, " AND occurred_at < @To", "To", filter.To);
        sql.Append(" ORDER BY sequence LIMIT @Limit OFFSET @Offset");
        parameters.Add("Limit", page.Size);
        parameters.Add("Offset", page.Offset);

        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    /// <summary>Verifies the chain of this service's database (see <see cref="AuditTrail.VerifyAsync"/>).</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await AuditTrail.VerifyAsync(connection, cancellationToken);
    }

    private static void Add(StringBuilder sql, DynamicParameters parameters, string condition, string name, object? value)
    {
        if (value is not null and not "")
        {
            sql.Append(condition);
            parameters.Add(name, value);
        }
    }
}
