using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.CooperationAreas;

namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>Stores success criteria and their measures; a page of criteria is read with all its measures in two commands.</summary>
internal sealed class SuccessCriteriaRepository(CooperationAreaRepository areas)
{
    private const string InsertCriterionSql = """
        INSERT INTO success_criteria (id, title, description, cooperation_area_id, defined_at)
        VALUES (@Id, @Title, @Description, @CooperationAreaId, @DefinedAt)
        """;

    private const string CriterionExistsSql = "SELECT EXISTS (SELECT 1 FROM success_criteria WHERE id = @Id)";

    private const string InsertMeasureSql = """
        INSERT INTO success_measures (id, criterion_id, name, unit, baseline, target, period, direction, defined_at, updated_at)
        VALUES (@Id, @CriterionId, @Name, @Unit, @Baseline, @Target, @Period, @Direction, @DefinedAt, @UpdatedAt)
        """;

    private const string UpdateMeasureSql = """
        UPDATE success_measures
        SET name = @Name, unit = @Unit, baseline = @Baseline, target = @Target, period = @Period,
            direction = @Direction, updated_at = @UpdatedAt
        WHERE id = @Id
        """;

    private const string MeasureColumns = $"""
        SELECT id AS {nameof(MeasureRow.Id)}, criterion_id AS {nameof(MeasureRow.CriterionId)}, name AS {nameof(MeasureRow.Name)},
               unit AS {nameof(MeasureRow.Unit)}, baseline AS {nameof(MeasureRow.Baseline)}, target AS {nameof(MeasureRow.Target)},
               period AS {nameof(MeasureRow.Period)}, direction AS {nameof(MeasureRow.Direction)},
               defined_at AS {nameof(MeasureRow.DefinedAt)}, updated_at AS {nameof(MeasureRow.UpdatedAt)}
        FROM success_measures
        """;

    private const string MeasureSql = MeasureColumns + " WHERE id = @Id";

    private const string MeasuresOfCriteriaSql = MeasureColumns + " WHERE criterion_id = ANY(@Ids) ORDER BY defined_at, id";

    private const string CriteriaPageSql = $"""
        SELECT id AS {nameof(CriterionRow.Id)}, title AS {nameof(CriterionRow.Title)}, description AS {nameof(CriterionRow.Description)},
               cooperation_area_id AS {nameof(CriterionRow.CooperationAreaId)}, defined_at AS {nameof(CriterionRow.DefinedAt)}
        FROM success_criteria
        WHERE (@Id IS NULL OR id = @Id)
          AND (@CooperationAreaId IS NULL OR cooperation_area_id = @CooperationAreaId)
        ORDER BY defined_at, id
        LIMIT @Limit OFFSET @Offset
        """;

    /// <summary>Stores the criterion; its cooperation area, when named, must exist (NotFound).</summary>
    public async Task AddCriterionAsync(IDbSession session, SuccessCriterion criterion)
    {
        if (criterion.CooperationAreaId is { } areaId && !await areas.ExistsAsync(session, areaId))
        {
            throw new NotFoundException("cooperation_area", areaId.ToString());
        }

        await session.ExecuteAsync(InsertCriterionSql, new
        {
            criterion.Id,
            criterion.Title,
            criterion.Description,
            criterion.CooperationAreaId,
            criterion.DefinedAt,
        });
    }

    /// <summary>Stores a new measure; its criterion must exist (NotFound).</summary>
    public async Task AddMeasureAsync(IDbSession session, SuccessMeasure measure)
    {
        if (!await session.ExecuteScalarAsync<bool>(CriterionExistsSql, new { Id = measure.CriterionId }))
        {
            throw new NotFoundException("success_criterion", measure.CriterionId.ToString());
        }

        await session.ExecuteAsync(InsertMeasureSql, ToParameters(measure));
    }

    /// <summary>The measure; NotFound when there is none.</summary>
    public async Task<SuccessMeasure> GetMeasureAsync(IDbSession session, Guid id) =>
        (await session.QuerySingleOrDefaultAsync<MeasureRow>(MeasureSql, new { Id = id }))?.ToMeasure()
            ?? throw new NotFoundException("success_measure", id.ToString());

    public Task UpdateMeasureAsync(IDbSession session, SuccessMeasure measure) =>
        session.ExecuteAsync(UpdateMeasureSql, ToParameters(measure));

    /// <summary>The criterion with its measures; NotFound when there is none.</summary>
    public async Task<SuccessCriterion> GetCriterionAsync(IDbSession session, Guid id) =>
        (await QueryAsync(session, id, null, new PageRequest(0, 1))).SingleOrDefault()
            ?? throw new NotFoundException("success_criterion", id.ToString());

    public Task<IReadOnlyList<SuccessCriterion>> ListCriteriaAsync(IDbSession session, Guid? cooperationAreaId, PageRequest page) =>
        QueryAsync(session, null, cooperationAreaId, page);

    // The page of criteria in one command, then the measures of the whole page in one more.
    private static async Task<IReadOnlyList<SuccessCriterion>> QueryAsync(
        IDbSession session, Guid? id, Guid? cooperationAreaId, PageRequest page)
    {
        var criteria = await session.QueryAsync<CriterionRow>(CriteriaPageSql, new
        {
            Id = id,
            CooperationAreaId = cooperationAreaId,
            Limit = page.Size,
            page.Offset,
        });
        if (criteria.Count == 0)
        {
            return [];
        }

        var measures = (await session.QueryAsync<MeasureRow>(MeasuresOfCriteriaSql, new { Ids = criteria.Select(c => c.Id).ToArray() }))
            .Select(r => r.ToMeasure())
            .ToLookup(m => m.CriterionId);
        return criteria
            .Select(c => new SuccessCriterion(c.Id, c.Title, c.Description, c.CooperationAreaId, c.DefinedAt, measures[c.Id].ToList()))
            .ToList();
    }

    private static object ToParameters(SuccessMeasure measure) => new
    {
        measure.Id,
        measure.CriterionId,
        measure.Definition.Name,
        measure.Definition.Unit,
        measure.Definition.Baseline,
        measure.Definition.Target,
        Period = StoredEnums.ToStored(measure.Definition.Period),
        Direction = StoredEnums.ToStored(measure.Definition.Direction),
        measure.DefinedAt,
        measure.UpdatedAt,
    };

    private sealed class CriterionRow
    {
        public Guid Id { get; init; }

        public string Title { get; init; } = "";

        public string Description { get; init; } = "";

        public Guid? CooperationAreaId { get; init; }

        public DateTimeOffset DefinedAt { get; init; }
    }

    private sealed class MeasureRow
    {
        public Guid Id { get; init; }

        public Guid CriterionId { get; init; }

        public string Name { get; init; } = "";

        public string Unit { get; init; } = "";

        public decimal Baseline { get; init; }

        public decimal Target { get; init; }

        public string Period { get; init; } = "";

        public string Direction { get; init; } = "";

        public DateTimeOffset DefinedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        // Stored values passed the target rule when written, so they are rebuilt without re-checking.
        public SuccessMeasure ToMeasure() => new(Id, CriterionId, new MeasureDefinition(
            Name, Unit, Baseline, Target,
            StoredEnums.FromStored<MeasurePeriod>(Period),
            StoredEnums.FromStored<MeasureDirection>(Direction)), DefinedAt, UpdatedAt);
    }
}
