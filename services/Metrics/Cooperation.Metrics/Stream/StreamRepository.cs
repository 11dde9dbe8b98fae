using Cooperation.BuildingBlocks.Data;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Stream;

/// <summary>The SQL behind the live stream: snapshots and the change log.</summary>
public sealed class StreamRepository
{
    private const string ValueColumns = """
        indicator_code AS IndicatorCode, year AS Year, quarter AS Quarter, value AS Value, version AS Version, updated_at AS UpdatedAt
        """;

    // The values and the version they are consistent with, read in one statement's snapshot.
    private const string SnapshotSql = $"""
        SELECT {ValueColumns} FROM indicator_values
        WHERE cardinality(@Codes) = 0 OR indicator_code = ANY(@Codes)
        ORDER BY indicator_code, year, quarter;
        SELECT COALESCE(MAX(version), 0) FROM indicator_changes;
        """;

    private const string ChangesSql = """
        SELECT indicator_code AS IndicatorCode, year AS Year, quarter AS Quarter, value AS Value, version AS Version, changed_at AS UpdatedAt
        FROM indicator_changes WHERE version > @After ORDER BY version LIMIT @Limit
        """;

    private const string OldestSql = "SELECT COALESCE(MIN(version), 0) FROM indicator_changes";

    public async Task<(IReadOnlyList<IndicatorValue> Values, long Version)> SnapshotAsync(IDbSession session, IReadOnlyList<string> codes)
    {
        using var grid = await session.QueryMultipleAsync(SnapshotSql, new { Codes = codes.ToArray() });
        var values = (await grid.ReadAsync<IndicatorValueRow>()).Select(r => r.ToValue()).ToList();
        var version = await grid.ReadSingleAsync<long>();
        return (values, version);
    }

    /// <summary>Changes after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> ChangesAfterAsync(IDbSession session, long after, int limit) =>
        (await session.QueryAsync<IndicatorValueRow>(ChangesSql, new { After = after, Limit = limit })).Select(r => r.ToValue()).ToList();

    public async Task<long> OldestKeptAsync(IDbSession session) => await session.ExecuteScalarAsync<long>(OldestSql);
}
