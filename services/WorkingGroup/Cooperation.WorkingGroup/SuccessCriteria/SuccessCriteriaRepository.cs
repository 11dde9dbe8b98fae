using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.CooperationAreas;
using Dapper;

namespace Cooperation.WorkingGroup.SuccessCriteria;

internal sealed class SuccessCriteriaRepository(IDbConnectionFactory connections)
{
    private const string InsertCriterionSql = """
        INSERT INTO success_criteria (id, title, description, cooperation_area_id, defined_at)
        VALUES (@Id, @Title, @Description, @CooperationAreaId, @DefinedAt)
        """;

    private const string CriterionExistsSql = "SELECT COUNT(*) FROM success_criteria WHERE id = @Id";

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

    private const string MeasureColumns = """
        SELECT id AS Id, criterion_id AS CriterionId, name AS Name, unit AS Unit, baseline AS Baseline,
               target AS Target, period AS Period, direction AS Direction, defined_at AS DefinedAt, updated_at AS UpdatedAt
        FROM success_measures
        """;

    private const string FindMeasureSql = MeasureColumns + " WHERE id = @Id";

    private const string CriteriaPageSql = """
        SELECT id AS Id, title AS Title, description AS Description, cooperation_area_id AS CooperationAreaId,
               defined_at AS DefinedAt
        FROM success_criteria
        WHERE (@Id IS NULL OR id = @Id)
          AND (@CooperationAreaId IS NULL OR cooperation_area_id = @CooperationAreaId)
        ORDER BY defined_at, id
        LIMIT @Limit OFFSET @Offset
        """;

    // Measures of one page of criteria, cut by the same filter and window as CriteriaPageSql.
    private const string MeasuresOfPageSql = MeasureColumns + """

        WHERE criterion_id IN (
            SELECT id FROM (
                SELECT id, defined_at FROM success_criteria
                WHERE (@Id IS NULL OR id = @Id)
                  AND (@CooperationAreaId IS NULL OR cooperation_area_id = @CooperationAreaId)
                ORDER BY defined_at, id
                LIMIT @Limit OFFSET @Offset
            ) page
        )
        ORDER BY defined_at, id
        """;

    /// <summary>Stores the criterion; its cooperation area, when named, must exist (NotFound).</summary>
    public static async Task AddCriterionAsync(IUnitOfWork unitOfWork, SuccessCriterion criterion, CancellationToken cancellationToken)
    {
        if (criterion.CooperationAreaId is { } areaId && !await CooperationAreaRepository.ExistsAsync(unitOfWork, areaId, cancellationToken))
        {
            throw new NotFoundException("cooperation_area", areaId.ToString());
        }

        await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertCriterionSql, new
        {
            criterion.Id,
            criterion.Title,
            criterion.Description,
            criterion.CooperationAreaId,
            criterion.DefinedAt,
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Stores a new measure; its criterion must exist (NotFound).</summary>
    public static async Task AddMeasureAsync(IUnitOfWork unitOfWork, SuccessMeasure measure, CancellationToken cancellationToken)
    {
        var exists = await unitOfWork.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            CriterionExistsSql, new { Id = measure.CriterionId }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        if (exists == 0)
        {
            throw new NotFoundException("success_criterion", measure.CriterionId.ToString());
        }

        await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
            InsertMeasureSql, ToParameters(measure), unitOfWork.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<SuccessMeasure?> FindMeasureAsync(IUnitOfWork unitOfWork, Guid id, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.Connection.QuerySingleOrDefaultAsync<MeasureRow>(new CommandDefinition(
            FindMeasureSql, new { Id = id }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return row?.ToMeasure();
    }

    public static Task UpdateMeasureAsync(IUnitOfWork unitOfWork, SuccessMeasure measure, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
            UpdateMeasureSql, ToParameters(measure), unitOfWork.Transaction, cancellationToken: cancellationToken));

    public async Task<SuccessCriterion?> FindCriterionAsync(Guid id, CancellationToken cancellationToken) =>
        (await QueryAsync(id, null, new PageRequest(0, 1), cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<SuccessCriterion>> ListCriteriaAsync(
        Guid? cooperationAreaId, PageRequest page, CancellationToken cancellationToken) =>
        QueryAsync(null, cooperationAreaId, page, cancellationToken);

    private async Task<IReadOnlyList<SuccessCriterion>> QueryAsync(
        Guid? id, Guid? cooperationAreaId, PageRequest page, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            Id = id,
            CooperationAreaId = cooperationAreaId,
            Limit = page.Size,
            page.Offset,
        };
        await using var connection = await connections.OpenAsync(cancellationToken);
        var criteria = await connection.QueryAsync<CriterionRow>(
            new CommandDefinition(CriteriaPageSql, parameters, cancellationToken: cancellationToken));
        var measures = (await connection.QueryAsync<MeasureRow>(
                new CommandDefinition(MeasuresOfPageSql, parameters, cancellationToken: cancellationToken)))
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
        Period = StoredEnum.ToStored(measure.Definition.Period),
        Direction = StoredEnum.ToStored(measure.Definition.Direction),
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
            StoredEnum.FromStored<MeasurePeriod>(Period),
            StoredEnum.FromStored<MeasureDirection>(Direction)), DefinedAt, UpdatedAt);
    }
}
