using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Publication;

/// <summary>The SQL of approvals, publications and the published figures.</summary>
public sealed class PublicationRepository
{
    // The change log's writer lock (the one ObservationRepository takes): held for the rest of the
    // transaction, no value changes between reading a quarter's figures version and committing an
    // approval or a publication of it, and publication rows get versions in commit order.
    private const string LockChangeLogSql = "SELECT pg_advisory_xact_lock(hashtext('metrics.indicator_changes'))";

    // The quarter's figures version, its approvals and its latest publication, in one round trip.
    private const string StateSql = """
        SELECT COALESCE(MAX(version), 0) FROM indicator_values WHERE year = @Year AND quarter = @Quarter;
        SELECT participant AS Participant, approved_version AS ApprovedVersion, approved_by AS ApprovedBy, approved_at AS ApprovedAt
        FROM quarter_approvals WHERE year = @Year AND quarter = @Quarter;
        SELECT figures_version AS FiguresVersion, published_at AS PublishedAt
        FROM quarter_publications WHERE year = @Year AND quarter = @Quarter;
        """;

    private const string SaveApprovalSql = """
        INSERT INTO quarter_approvals (year, quarter, participant, approved_version, approved_by, approved_at)
        VALUES (@Year, @Quarter, @Participant, @ApprovedVersion, @ApprovedBy, @ApprovedAt)
        ON CONFLICT (year, quarter, participant) DO UPDATE SET
            approved_version = EXCLUDED.approved_version, approved_by = EXCLUDED.approved_by, approved_at = EXCLUDED.approved_at
        """;

    // Re-states each figure, totals and breakdowns alike, in the change log (published = true, the
    // next versions in order, each row with its disaggregation key), keeps it as the published value
    // and records the publication, in one statement.
    private const string PublishSql = """
        WITH next AS (SELECT COALESCE(MAX(version), 0) AS base FROM indicator_changes),
        figures AS (
            SELECT f.code, f.disaggregation, f.value, f.n
            FROM unnest(@Codes::text[], @Disaggregations::text[], @Values::numeric[]) WITH ORDINALITY AS f(code, disaggregation, value, n)),
        logged AS (
            INSERT INTO indicator_changes (version, indicator_code, disaggregation, year, quarter, value, changed_at, published)
            SELECT next.base + figures.n, figures.code, figures.disaggregation, @Year, @Quarter, figures.value, @Now, true FROM figures, next
            RETURNING version, indicator_code, disaggregation, value),
        kept AS (
            INSERT INTO published_values (indicator_code, disaggregation, year, quarter, value, version, published_at)
            SELECT indicator_code, disaggregation, @Year, @Quarter, value, version, @Now FROM logged
            ON CONFLICT (indicator_code, year, quarter, disaggregation) DO UPDATE SET
                value = EXCLUDED.value, version = EXCLUDED.version, published_at = EXCLUDED.published_at)
        INSERT INTO quarter_publications (year, quarter, figures_version, published_at)
        VALUES (@Year, @Quarter, @FiguresVersion, @Now)
        ON CONFLICT (year, quarter) DO UPDATE SET figures_version = EXCLUDED.figures_version, published_at = EXCLUDED.published_at
        """;

    // The published counterpart of each (indicator, quarter, disaggregation) asked for.
    private const string PublishedValuesSql = """
        SELECT p.indicator_code AS IndicatorCode, p.year AS Year, p.quarter AS Quarter, p.disaggregation AS Disaggregation,
               p.value AS Value, p.version AS Version, p.published_at AS UpdatedAt
        FROM published_values p
        JOIN unnest(@Codes::text[], @Years::int[], @Quarters::int[], @Disaggregations::text[]) AS w(code, year, quarter, disaggregation)
          ON p.indicator_code = w.code AND p.year = w.year AND p.quarter = w.quarter AND p.disaggregation = w.disaggregation
        """;

    /// <summary>Takes the change log's writer lock for the rest of the unit of work.</summary>
    public async Task LockFiguresAsync(IDbSession session) => await session.ExecuteAsync(LockChangeLogSql);

    public async Task<BilateralPublication> StateAsync(IDbSession session, Quarter quarter)
    {
        using var grid = await session.QueryMultipleAsync(StateSql, new { quarter.Year, Quarter = quarter.Number });
        var figuresVersion = await grid.ReadSingleAsync<long>();
        var approvals = (await grid.ReadAsync<ApprovalRow>()).Select(r => r.ToApproval()).ToList();
        var publication = await grid.ReadSingleOrDefaultAsync<PublicationRow>();
        return new BilateralPublication(
            quarter, figuresVersion,
            approvals.SingleOrDefault(a => a.Participant == Participant.BG),
            approvals.SingleOrDefault(a => a.Participant == Participant.UK),
            publication?.FiguresVersion ?? 0, publication?.PublishedAt);
    }

    public async Task SaveApprovalAsync(IDbSession session, Quarter quarter, QuarterApproval approval) =>
        await session.ExecuteAsync(SaveApprovalSql, new
        {
            quarter.Year,
            Quarter = quarter.Number,
            Participant = StoredEnums.ToStored(approval.Participant),
            approval.ApprovedVersion,
            approval.ApprovedBy,
            approval.ApprovedAt,
        });

    /// <summary>Publishes <paramref name="figures"/> as <paramref name="publication"/>'s figures, in one statement.</summary>
    public async Task PublishAsync(IDbSession session, BilateralPublication publication, IReadOnlyList<IndicatorValue> figures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(figures);
        await session.ExecuteAsync(PublishSql, new
        {
            Codes = figures.Select(f => f.IndicatorCode).ToArray(),
            Disaggregations = figures.Select(f => f.Disaggregation).ToArray(),
            Values = figures.Select(f => f.Value).ToArray(),
            publication.Quarter.Year,
            Quarter = publication.Quarter.Number,
            publication.FiguresVersion,
            Now = now,
        });
    }

    /// <summary>The published value of each of <paramref name="values"/>' indicator, quarter and disaggregation that has one, in one query.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> PublishedCounterpartsAsync(IDbSession session, IReadOnlyCollection<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = await session.QueryAsync<IndicatorValueRow>(PublishedValuesSql, new
        {
            Codes = values.Select(v => v.IndicatorCode).ToArray(),
            Years = values.Select(v => v.Quarter.Year).ToArray(),
            Quarters = values.Select(v => v.Quarter.Number).ToArray(),
            Disaggregations = values.Select(v => v.Disaggregation).ToArray(),
        });
        return rows.Select(r => r.ToValue()).ToList();
    }

    private sealed class ApprovalRow
    {
        public string Participant { get; init; } = "";
        public long ApprovedVersion { get; init; }
        public string ApprovedBy { get; init; } = "";
        public DateTimeOffset ApprovedAt { get; init; }

        public QuarterApproval ToApproval() =>
            new(StoredEnums.FromStored<Participant>(Participant), ApprovedVersion, ApprovedBy, ApprovedAt);
    }

    private sealed class PublicationRow
    {
        public long FiguresVersion { get; init; }
        public DateTimeOffset PublishedAt { get; init; }
    }
}
