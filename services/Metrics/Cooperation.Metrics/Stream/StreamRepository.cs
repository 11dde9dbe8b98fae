using Cooperation.BuildingBlocks.Data;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Stream;

/// <summary>The SQL behind the live stream: snapshots, the change log and its pruning.</summary>
public sealed class StreamRepository
{
    // A snapshot carries the values of one disaggregation key: the totals ('') or the subscriber's
    // filter (participant:BG, agency:<uuid>). The change log is read whole, every key, once for all
    // subscribers, and each subscriber keeps what it follows. Each read is one statement, so one snapshot of the database even outside a transaction: the
    // values and the head version they are consistent with, or a batch of changes and the oldest
    // version kept when it was read. (LEFT JOIN: the version comes back when there are no rows.)
    private const string SnapshotSql = """
        WITH head AS (SELECT COALESCE(MAX(version), 0) AS version FROM indicator_changes)
        SELECT head.version AS AtVersion, v.indicator_code AS IndicatorCode, v.year AS Year, v.quarter AS Quarter,
               v.disaggregation AS Disaggregation, v.value AS Value, v.version AS Version, v.updated_at AS ChangedAt, false AS Published
        FROM head LEFT JOIN indicator_values v
          ON (cardinality(@Codes) = 0 OR v.indicator_code = ANY(@Codes)) AND v.disaggregation = @Disaggregation
        ORDER BY v.indicator_code, v.year, v.quarter
        """;

    private const string PublishedSnapshotSql = """
        WITH head AS (SELECT COALESCE(MAX(version), 0) AS version FROM indicator_changes)
        SELECT head.version AS AtVersion, p.indicator_code AS IndicatorCode, p.year AS Year, p.quarter AS Quarter,
               p.disaggregation AS Disaggregation, p.value AS Value, p.version AS Version, p.published_at AS ChangedAt, true AS Published
        FROM head LEFT JOIN published_values p
          ON (cardinality(@Codes) = 0 OR p.indicator_code = ANY(@Codes)) AND p.disaggregation = @Disaggregation
        ORDER BY p.indicator_code, p.year, p.quarter
        """;

    private const string ChangesSql = """
        WITH kept AS (SELECT COALESCE(MIN(version), 0) AS oldest, COALESCE(MAX(version), 0) AS head FROM indicator_changes)
        SELECT kept.oldest AS OldestKept, kept.head AS AtVersion, c.indicator_code AS IndicatorCode, c.year AS Year, c.quarter AS Quarter,
               c.disaggregation AS Disaggregation, c.value AS Value, c.version AS Version, c.changed_at AS ChangedAt, c.published AS Published
        FROM kept LEFT JOIN LATERAL (
            SELECT * FROM indicator_changes WHERE version > @After ORDER BY version LIMIT @Limit) c ON true
        ORDER BY c.version
        """;

    // Keeps every row younger than the age limit and the newest versions whatever their age.
    private const string PruneSql = """
        DELETE FROM indicator_changes
        WHERE changed_at < @Before
          AND version <= (SELECT COALESCE(MAX(version), 0) FROM indicator_changes) - @KeepVersions
        """;

    /// <summary>
    /// The values of <paramref name="codes"/> (all when empty) under <paramref name="disaggregation"/>
    /// (the totals when empty), current or as published, and the version they are consistent with.
    /// </summary>
    public async Task<(IReadOnlyList<LoggedChange> Values, long Version)> SnapshotAsync(
        IDbSession session, IReadOnlyCollection<string> codes, bool publishedOnly, string disaggregation = Disaggregation.Total)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var rows = (await session.QueryAsync<ChangeRow>(
            publishedOnly ? PublishedSnapshotSql : SnapshotSql, new { Codes = codes.ToArray(), Disaggregation = disaggregation })).ToList();
        return (rows.Where(r => r.IndicatorCode is not null).Select(r => r.ToChange()).ToList(), rows.Count > 0 ? rows[0].AtVersion : 0);
    }

    /// <summary>Changes after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>, with the log's extent as they were read.</summary>
    public async Task<ChangeBatch> ChangesAfterAsync(IDbSession session, long after, int limit)
    {
        var rows = (await session.QueryAsync<ChangeRow>(ChangesSql, new { After = after, Limit = limit })).ToList();
        return new ChangeBatch(
            rows.Where(r => r.IndicatorCode is not null).Select(r => r.ToChange()).ToList(),
            rows.Count > 0 ? rows[0].OldestKept : 0,
            rows.Count > 0 ? rows[0].AtVersion : 0);
    }

    /// <summary>Deletes rows older than <paramref name="before"/> except the newest <paramref name="keepVersions"/>; returns how many.</summary>
    public async Task<int> PruneAsync(IDbSession session, DateTimeOffset before, int keepVersions) =>
        await session.ExecuteAsync(PruneSql, new { Before = before, KeepVersions = (long)Math.Max(1, keepVersions) });

    private sealed class ChangeRow
    {
        public long OldestKept { get; init; }
        public long AtVersion { get; init; }
        public string? IndicatorCode { get; init; }
        public int Year { get; init; }
        public int Quarter { get; init; }
        public string Disaggregation { get; init; } = "";
        public decimal Value { get; init; }
        public long Version { get; init; }
        public DateTimeOffset ChangedAt { get; init; }
        public bool Published { get; init; }

        public LoggedChange ToChange() => 
            new(new IndicatorValue(IndicatorCode!, new Quarter(Year, Quarter), Value, Version, ChangedAt) { Disaggregation = Disaggregation }, Published);
    }
}

/// <summary>A batch of the change log, and its oldest and newest version when the batch was read.</summary>
public sealed record ChangeBatch(IReadOnlyList<LoggedChange> Changes, long OldestKept, long Head)
{
    /// <summary>Whether every change after <paramref name="after"/> is still kept (and <paramref name="after"/> is not ahead of the log).</summary>
    public bool Continues(long after) => after <= Head && (OldestKept == 0 || after >= OldestKept - 1);
}
