using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Results;

/// <summary>Stores results, their indicators and actuals; a project's results are three queries however many there are.</summary>
public sealed class ResultRepository
{
    private const string InsertResultSql = """
        INSERT INTO results (id, project_id, level, title, created_at) VALUES (@Id, @ProjectId, @Level, @Title, @CreatedAt)
        """;

    private const string InsertIndicatorsSql = """
        INSERT INTO result_indicators (id, result_id, position, title, unit, ascending, baseline, target)
        SELECT id, @ResultId, position, title, unit, ascending, baseline, target
        FROM unnest(@Ids, @Titles, @Units, @Ascending, @Baselines, @Targets) WITH ORDINALITY AS i (id, title, unit, ascending, baseline, target, position)
        """;

    private const string InsertActualSql = """
        INSERT INTO indicator_actuals (indicator_id, period_start, period_end, value) VALUES (@IndicatorId, @PeriodStart, @PeriodEnd, @Value)
        """;

    private const string ResultsSql = """
        SELECT id AS Id, project_id AS ProjectId, level AS Level, title AS Title FROM results
        WHERE project_id = @ProjectId AND (@Id::uuid IS NULL OR id = @Id)
        ORDER BY CASE level WHEN 'output' THEN 0 ELSE 1 END, created_at, id
        """;

    private const string IndicatorsSql = """
        SELECT id AS Id, result_id AS ResultId, title AS Title, unit AS Unit, ascending AS Ascending, baseline AS Baseline, target AS Target
        FROM result_indicators WHERE result_id = ANY(@Ids) ORDER BY result_id, position
        """;

    private const string ActualsSql = """
        SELECT a.indicator_id AS IndicatorId, a.period_start AS PeriodStart, a.period_end AS PeriodEnd, a.value AS Value
        FROM indicator_actuals a JOIN result_indicators i ON i.id = a.indicator_id
        WHERE i.result_id = ANY(@Ids) ORDER BY a.indicator_id, a.period_start
        """;

    public async Task InsertAsync(IDbSession session, Result result, DateTimeOffset createdAt)
    {
        await session.ExecuteAsync(InsertResultSql, new { result.Id, result.ProjectId, Level = StoredEnums.ToStored(result.Level), result.Title, CreatedAt = createdAt });
        await session.ExecuteAsync(InsertIndicatorsSql, new
        {
            ResultId = result.Id,
            Ids = result.Indicators.Select(i => i.Id).ToArray(),
            Titles = result.Indicators.Select(i => i.Title).ToArray(),
            Units = result.Indicators.Select(i => i.Unit).ToArray(),
            Ascending = result.Indicators.Select(i => i.Ascending).ToArray(),
            Baselines = result.Indicators.Select(i => i.Baseline).ToArray(),
            Targets = result.Indicators.Select(i => i.Target).ToArray(),
        });
    }

    public Task InsertActualAsync(IDbSession session, Guid indicatorId, IndicatorActual actual) =>
        session.ExecuteAsync(InsertActualSql, new { IndicatorId = indicatorId, actual.PeriodStart, actual.PeriodEnd, actual.Value });

    /// <summary>One result of the project; NotFound when it is not the project's.</summary>
    public async Task<Result> GetAsync(IDbSession session, Guid projectId, Guid resultId) =>
        (await LoadAsync(session, projectId, resultId)).SingleOrDefault() ?? throw new NotFoundException("result", resultId.ToString());

    public Task<IReadOnlyList<Result>> ListAsync(IDbSession session, Guid projectId) => LoadAsync(session, projectId, null);

    private static async Task<IReadOnlyList<Result>> LoadAsync(IDbSession session, Guid projectId, Guid? resultId)
    {
        var rows = await session.QueryAsync<ResultRow>(ResultsSql, new { ProjectId = projectId, Id = resultId });
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToArray();
        var actuals = (await session.QueryAsync<ActualRow>(ActualsSql, new { Ids = ids }))
            .ToLookup(a => a.IndicatorId, a => new IndicatorActual(a.PeriodStart, a.PeriodEnd, a.Value));
        var indicators = (await session.QueryAsync<IndicatorRow>(IndicatorsSql, new { Ids = ids }))
            .ToLookup(i => i.ResultId, i => new Indicator(i.Id, i.Title, i.Unit, i.Ascending, i.Baseline, i.Target, actuals[i.Id]));
        return rows.Select(r => new Result(r.Id, r.ProjectId, StoredEnums.FromStored<ResultLevel>(r.Level), r.Title, indicators[r.Id].ToList())).ToList();
    }

    private sealed class ResultRow
    {
        public Guid Id { get; init; }
        public Guid ProjectId { get; init; }
        public string Level { get; init; } = "";
        public string Title { get; init; } = "";
    }

    private sealed class IndicatorRow
    {
        public Guid Id { get; init; }
        public Guid ResultId { get; init; }
        public string Title { get; init; } = "";
        public string Unit { get; init; } = "";
        public bool Ascending { get; init; }
        public decimal Baseline { get; init; }
        public decimal Target { get; init; }
    }

    private sealed class ActualRow
    {
        public Guid IndicatorId { get; init; }
        public DateOnly PeriodStart { get; init; }
        public DateOnly PeriodEnd { get; init; }
        public decimal Value { get; init; }
    }
}
