using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Metrics.Indicators;

/// <summary>The SQL of indicators and their values per quarter.</summary>
public sealed class IndicatorRepository
{
    private const string Columns = """
        code AS Code, name_en AS NameEn, name_bg AS NameBg, unit AS Unit, measure AS Measure,
        baseline AS Baseline, target AS Target, direction AS Direction, period_type AS PeriodType,
        source AS Source, measure_id AS MeasureId, disaggregations AS Disaggregations
        """;

    private const string ListSql = $"""
        SELECT {Columns} FROM indicators
        ORDER BY CASE source WHEN 'built_in' THEN 0 ELSE 1 END, code
        """;

    private const string PageSql = $"""
        SELECT {Columns} FROM indicators
        ORDER BY CASE source WHEN 'built_in' THEN 0 ELSE 1 END, code
        LIMIT @Limit OFFSET @Offset
        """;

    private const string GetSql = $"SELECT {Columns} FROM indicators WHERE code = @Code";

    private const string InsertIfAbsentSql = """
        INSERT INTO indicators (code, name_en, name_bg, unit, measure, baseline, target, direction, period_type, source, measure_id, disaggregations, updated_at)
        VALUES (@Code, @NameEn, @NameBg, @Unit, @Measure, @Baseline, @Target, @Direction, @PeriodType, @Source, @MeasureId, @Disaggregations, @UpdatedAt)
        ON CONFLICT (code) DO NOTHING
        """;

    private const string UpsertSql = """
        INSERT INTO indicators (code, name_en, name_bg, unit, measure, baseline, target, direction, period_type, source, measure_id, disaggregations, updated_at)
        VALUES (@Code, @NameEn, @NameBg, @Unit, @Measure, @Baseline, @Target, @Direction, @PeriodType, @Source, @MeasureId, @Disaggregations, @UpdatedAt)
        ON CONFLICT (code) DO UPDATE SET
            name_en = EXCLUDED.name_en, name_bg = EXCLUDED.name_bg, unit = EXCLUDED.unit, baseline = EXCLUDED.baseline,
            target = EXCLUDED.target, direction = EXCLUDED.direction, period_type = EXCLUDED.period_type, updated_at = EXCLUDED.updated_at
        WHERE indicators.updated_at <= EXCLUDED.updated_at
        """;

    private const string ValueColumns = """
        v.indicator_code AS IndicatorCode, v.year AS Year, v.quarter AS Quarter, v.disaggregation AS Disaggregation,
        v.value AS Value, v.version AS Version, v.updated_at AS UpdatedAt
        """;

    // A quarterly indicator's value in the quarter asked for; a once-only indicator's latest value.
    private const string ValuesSql = $"""
        SELECT DISTINCT ON (v.indicator_code) {ValueColumns}
        FROM indicator_values v JOIN indicators i ON i.code = v.indicator_code
        WHERE v.indicator_code = ANY(@Codes) AND v.disaggregation = @Disaggregation
          AND (i.period_type = 'once' OR (v.year = @Year AND v.quarter = @Quarter))
        ORDER BY v.indicator_code, v.year DESC, v.quarter DESC
        """;

    // Every disaggregated value of one indicator in the quarter (a once-only indicator: the latest of each key).
    private const string BreakdownSql = $"""
        SELECT DISTINCT ON (v.disaggregation) {ValueColumns}
        FROM indicator_values v JOIN indicators i ON i.code = v.indicator_code
        WHERE v.indicator_code = @Code AND v.disaggregation <> ''
          AND (i.period_type = 'once' OR (v.year = @Year AND v.quarter = @Quarter))
        ORDER BY v.disaggregation, v.year DESC, v.quarter DESC
        """;

    // Every value of the quarter, the totals and each disaggregation: what a publication publishes.
    private const string QuarterValuesSql = $"""
        SELECT {ValueColumns} FROM indicator_values v
        WHERE v.year = @Year AND v.quarter = @Quarter
        ORDER BY v.indicator_code, v.disaggregation
        """;

    private const string HistorySql = $"""
        SELECT {ValueColumns} FROM indicator_values v
        WHERE v.indicator_code = @Code AND v.disaggregation = @Disaggregation
        ORDER BY v.year, v.quarter
        """;

    public async Task<IReadOnlyList<Indicator>> ListAsync(IDbSession session) =>
        (await session.QueryAsync<IndicatorRow>(ListSql)).Select(r => r.ToIndicator()).ToList();

    /// <summary>One page of indicators in the order of <see cref="ListAsync"/>.</summary>
    public async Task<IReadOnlyList<Indicator>> ListPageAsync(IDbSession session, PageRequest page) =>
        (await session.QueryAsync<IndicatorRow>(PageSql, new { Limit = page.Size, page.Offset })).Select(r => r.ToIndicator()).ToList();

    /// <summary>The indicator of <paramref name="code"/>; <see cref="NotFoundException"/> when there is none.</summary>
    public async Task<Indicator> GetAsync(IDbSession session, string code) =>
        (await FindAsync(session, code)) ?? throw new NotFoundException(IndicatorsAudit.Indicator, code);

    public async Task<Indicator?> FindAsync(IDbSession session, string code) =>
        (await session.QuerySingleOrDefaultAsync<IndicatorRow>(GetSql, new { Code = code }))?.ToIndicator();

    /// <summary>Adds the indicator unless one of its code exists; true when it was added.</summary>
    public async Task<bool> TryAddAsync(IDbSession session, Indicator indicator, DateTimeOffset now) =>
        await session.ExecuteAsync(InsertIfAbsentSql, Parameters(indicator, now)) == 1;

    /// <summary>
    /// Adds or redefines the indicator as of <paramref name="definedAt"/>; a definition older than
    /// the one kept changes nothing (events may arrive out of order), and false says so.
    /// </summary>
    public async Task<bool> SaveAsync(IDbSession session, Indicator indicator, DateTimeOffset definedAt) =>
        await session.ExecuteAsync(UpsertSql, Parameters(indicator, definedAt)) == 1;

    /// <summary>The total values of <paramref name="codes"/> in <paramref name="quarter"/>, in one query.</summary>
    public Task<IReadOnlyDictionary<string, IndicatorValue>> ValuesAsync(IDbSession session, IReadOnlyList<string> codes, Quarter quarter) =>
        ValuesAsync(session, codes, quarter, Disaggregation.Total);

    /// <summary>The values of <paramref name="codes"/> under one disaggregation key in <paramref name="quarter"/>, in one query.</summary>
    public async Task<IReadOnlyDictionary<string, IndicatorValue>> ValuesAsync(
        IDbSession session, IReadOnlyList<string> codes, Quarter quarter, string disaggregation)
    {
        var rows = await session.QueryAsync<IndicatorValueRow>(
            ValuesSql, new { Codes = codes.ToArray(), quarter.Year, Quarter = quarter.Number, Disaggregation = disaggregation });
        return rows.Select(r => r.ToValue()).ToDictionary(v => v.IndicatorCode);
    }

    /// <summary>Every disaggregated value (not the total) of <paramref name="code"/> in <paramref name="quarter"/>, by key.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> BreakdownAsync(IDbSession session, string code, Quarter quarter) =>
        (await session.QueryAsync<IndicatorValueRow>(BreakdownSql, new { Code = code, quarter.Year, Quarter = quarter.Number }))
            .Select(r => r.ToValue()).ToList();

    /// <summary>Every value observed in <paramref name="quarter"/>, totals and breakdowns, in one query.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> QuarterValuesAsync(IDbSession session, Quarter quarter) =>
        (await session.QueryAsync<IndicatorValueRow>(QuarterValuesSql, new { quarter.Year, Quarter = quarter.Number }))
            .Select(r => r.ToValue()).ToList();

    /// <summary>The total per quarter, oldest first.</summary>
    public Task<IReadOnlyList<IndicatorValue>> HistoryAsync(IDbSession session, string code) =>
        HistoryAsync(session, code, Disaggregation.Total);

    /// <summary>The value under one disaggregation key per quarter, oldest first.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> HistoryAsync(IDbSession session, string code, string disaggregation) =>
        (await session.QueryAsync<IndicatorValueRow>(HistorySql, new { Code = code, Disaggregation = disaggregation }))
            .Select(r => r.ToValue()).ToList();

    private static object Parameters(Indicator indicator, DateTimeOffset now) => new
    {
        indicator.Code,
        indicator.NameEn,
        indicator.NameBg,
        indicator.Unit,
        Measure = StoredEnums.ToStored(indicator.Measure),
        indicator.Baseline,
        indicator.Target,
        Direction = StoredEnums.ToStored(indicator.Direction),
        PeriodType = StoredEnums.ToStored(indicator.PeriodType),
        Source = StoredEnums.ToStored(indicator.Source),
        indicator.MeasureId,
        Disaggregations = indicator.Disaggregations.ToArray(),
        UpdatedAt = now,
    };

    private sealed class IndicatorRow
    {
        public string Code { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string NameBg { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Measure { get; init; } = "";
        public decimal Baseline { get; init; }
        public decimal Target { get; init; }
        public string Direction { get; init; } = "";
        public string PeriodType { get; init; } = "";
        public string Source { get; init; } = "";
        public Guid? MeasureId { get; init; }
        public string[] Disaggregations { get; init; } = [];

        public Indicator ToIndicator() => new(
            Code, NameEn, NameBg, Unit,
            StoredEnums.FromStored<Measure>(Measure), Baseline, Target, StoredEnums.FromStored<Direction>(Direction),
            StoredEnums.FromStored<PeriodType>(PeriodType), StoredEnums.FromStored<IndicatorSource>(Source), MeasureId)
        {
            Disaggregations = Disaggregations,
        };
    }
}
