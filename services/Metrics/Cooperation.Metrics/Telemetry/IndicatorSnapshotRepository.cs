using Cooperation.BuildingBlocks.Data;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Telemetry;

/// <summary>The SQL of the telemetry snapshot: every indicator's latest value per disaggregation key, in one query.</summary>
public sealed class IndicatorSnapshotRepository
{
    private const string CurrentSql = """
        SELECT DISTINCT ON (indicator_code, disaggregation)
               indicator_code AS IndicatorCode, year AS Year, quarter AS Quarter, disaggregation AS Disaggregation,
               value AS Value, version AS Version, updated_at AS UpdatedAt
        FROM indicator_values
        ORDER BY indicator_code, disaggregation, year DESC, quarter DESC
        """;

    /// <summary>Per indicator and key, the value of the latest quarter it was observed in.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> CurrentValuesAsync(IDbSession session) =>
        (await session.QueryAsync<IndicatorValueRow>(CurrentSql)).Select(r => r.ToValue()).ToList();
}
