using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Phases;

/// <summary>Stores phases and their gate criteria; a project's phases are two queries however many there are.</summary>
public sealed class PhaseRepository
{
    private const string PhaseColumns = """
        id AS Id, project_id AS ProjectId, position AS Position, name AS Name, planned_start AS PlannedStart,
        planned_end AS PlannedEnd, status AS Status, started_at AS StartedAt, closed_at AS ClosedAt
        """;

    private const string InsertSql = """
        INSERT INTO phases (id, project_id, position, name, planned_start, planned_end, status)
        VALUES (@Id, @ProjectId, (SELECT COALESCE(MAX(position), 0) + 1 FROM phases WHERE project_id = @ProjectId),
                @Name, @PlannedStart, @PlannedEnd, @Status)
        RETURNING position
        """;

    private const string InsertCriteriaSql = """
        INSERT INTO gate_criteria (id, phase_id, gate, position, text)
        SELECT id, @PhaseId, gate, position, text
        FROM unnest(@Ids, @Gates, @Texts) WITH ORDINALITY AS c (id, gate, text, position)
        """;

    private const string UpdateSql = "UPDATE phases SET status = @Status, started_at = @StartedAt, closed_at = @ClosedAt WHERE id = @Id";

    private const string SignOffSql = """
        UPDATE gate_criteria SET signed_off_by = @SignedOffBy, signed_off_agency_id = @SignedOffAgencyId,
                                 signed_off_at = @SignedOffAt, evidence = @Evidence
        WHERE id = @Id
        """;

    private const string SelectSql = $"SELECT {PhaseColumns} FROM phases WHERE id = @Id AND project_id = @ProjectId";

    private const string ListSql = $"SELECT {PhaseColumns} FROM phases WHERE project_id = @ProjectId ORDER BY position";

    private const string CriteriaSql = """
        SELECT id AS Id, phase_id AS PhaseId, gate AS Gate, text AS Text, signed_off_by AS SignedOffBy,
               signed_off_agency_id AS SignedOffAgencyId, signed_off_at AS SignedOffAt, evidence AS Evidence
        FROM gate_criteria WHERE phase_id = ANY(@Ids)
        ORDER BY phase_id, CASE gate WHEN 'start' THEN 0 ELSE 1 END, position
        """;

    /// <summary>Adds <paramref name="phase"/> after the project's last phase; answers the position it took.</summary>
    public async Task<int> InsertAsync(IDbSession session, Phase phase)
    {
        var position = await session.QuerySingleAsync<int>(InsertSql, new
        {
            phase.Id, phase.ProjectId, phase.Name, phase.PlannedStart, phase.PlannedEnd, Status = StoredEnums.ToStored(phase.Status),
        });
        if (phase.Criteria.Count > 0)
        {
            await session.ExecuteAsync(InsertCriteriaSql, new
            {
                PhaseId = phase.Id,
                Ids = phase.Criteria.Select(c => c.Id).ToArray(),
                Gates = phase.Criteria.Select(c => StoredEnums.ToStored(c.Gate)).ToArray(),
                Texts = phase.Criteria.Select(c => c.Text).ToArray(),
            });
        }

        return position;
    }

    public Task UpdateAsync(IDbSession session, Phase phase) =>
        session.ExecuteAsync(UpdateSql, new { phase.Id, Status = StoredEnums.ToStored(phase.Status), phase.StartedAt, phase.ClosedAt });

    public Task SignOffAsync(IDbSession session, GateCriterion criterion) =>
        session.ExecuteAsync(SignOffSql, new { criterion.Id, criterion.SignedOffBy, criterion.SignedOffAgencyId, criterion.SignedOffAt, criterion.Evidence });

    /// <summary>One phase of the project (its project already held by the write); NotFound when it is not the project's.</summary>
    public async Task<Phase> GetAsync(IDbSession session, Guid projectId, Guid phaseId)
    {
        var row = await session.QuerySingleOrDefaultAsync<PhaseRow>(SelectSql, new { Id = phaseId, ProjectId = projectId })
            ?? throw new NotFoundException("phase", phaseId.ToString());
        return (await WithCriteriaAsync(session, [row]))[0];
    }

    public async Task<IReadOnlyList<Phase>> ListAsync(IDbSession session, Guid projectId) =>
        await WithCriteriaAsync(session, (await session.QueryAsync<PhaseRow>(ListSql, new { ProjectId = projectId })).ToList());

    private static async Task<IReadOnlyList<Phase>> WithCriteriaAsync(IDbSession session, List<PhaseRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var criteria = (await session.QueryAsync<CriterionRow>(CriteriaSql, new { Ids = rows.Select(r => r.Id).ToArray() }))
            .ToLookup(c => c.PhaseId, c => new GateCriterion(
                c.Id, StoredEnums.FromStored<GateKind>(c.Gate), c.Text, c.SignedOffBy, c.SignedOffAgencyId, c.SignedOffAt, c.Evidence));
        return rows.Select(r => new Phase(
            r.Id, r.ProjectId, r.Position, r.Name, r.PlannedStart, r.PlannedEnd, StoredEnums.FromStored<PhaseStatus>(r.Status),
            criteria[r.Id].ToList(), r.StartedAt, r.ClosedAt)).ToList();
    }

    private sealed class PhaseRow
    {
        public Guid Id { get; init; }
        public Guid ProjectId { get; init; }
        public int Position { get; init; }
        public string Name { get; init; } = "";
        public DateOnly PlannedStart { get; init; }
        public DateOnly PlannedEnd { get; init; }
        public string Status { get; init; } = "";
        public DateTimeOffset? StartedAt { get; init; }
        public DateTimeOffset? ClosedAt { get; init; }
    }

    private sealed class CriterionRow
    {
        public Guid Id { get; init; }
        public Guid PhaseId { get; init; }
        public string Gate { get; init; } = "";
        public string Text { get; init; } = "";
        public string? SignedOffBy { get; init; }
        public Guid? SignedOffAgencyId { get; init; }
        public DateTimeOffset? SignedOffAt { get; init; }
        public string? Evidence { get; init; }
    }
}
