using Cooperation.BuildingBlocks.Data;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>The SQL of the latest figures behind stock and ratio indicators.</summary>
public sealed class FigureRepository
{
    // A figure's quarter is the one it first came in: a later figure of the same subject replaces
    // its numbers, never moves it to another quarter's flow.
    private const string UpsertSql = """
        INSERT INTO indicator_figures (indicator_code, subject, disaggregation, year, quarter, numerator, denominator, as_of)
        VALUES (@IndicatorCode, @Subject, @Disaggregation, @Year, @Quarter, @Numerator, @Denominator, @AsOf)
        ON CONFLICT (indicator_code, disaggregation, subject) DO UPDATE SET
            numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, as_of = EXCLUDED.as_of
        WHERE indicator_figures.as_of <= EXCLUDED.as_of
        RETURNING year AS Year, quarter AS Quarter
        """;

    private const string TotalsSql = """
        SELECT COALESCE(SUM(numerator), 0) AS Numerators, COALESCE(SUM(denominator), 0) AS Denominators
        FROM indicator_figures
        WHERE indicator_code = @IndicatorCode AND disaggregation = @Disaggregation
          AND (@Stock OR (year = @Year AND quarter = @Quarter))
        """;

    /// <summary>Keeps the figure unless a newer one is kept; the quarter it counts in, or null when it changed nothing.</summary>
    public async Task<Quarter?> TrySaveAsync(IDbSession session, Figure figure)
    {
        var row = await session.QuerySingleOrDefaultAsync<QuarterRow>(UpsertSql, new
        {
            figure.IndicatorCode,
            figure.Subject,
            figure.Disaggregation,
            figure.Quarter.Year,
            Quarter = figure.Quarter.Number,
            figure.Numerator,
            figure.Denominator,
            figure.AsOf,
        });
        return row is null ? null : new Quarter(row.Year, row.Quarter);
    }

    /// <summary>Σ numerators and Σ denominators of the figures that make the value of <paramref name="quarter"/>.</summary>
    public async Task<(decimal Numerators, decimal Denominators)> TotalsAsync(
        IDbSession session, string indicatorCode, string disaggregation, FigureScope scope, Quarter quarter)
    {
        var row = await session.QuerySingleAsync<TotalsRow>(TotalsSql, new
        {
            IndicatorCode = indicatorCode,
            Disaggregation = disaggregation,
            Stock = scope == FigureScope.Stock,
            quarter.Year,
            Quarter = quarter.Number,
        });
        return (row.Numerators, row.Denominators);
    }

    private sealed class QuarterRow
    {
        public int Year { get; init; }
        public int Quarter { get; init; }
    }

    private sealed class TotalsRow
    {
        public decimal Numerators { get; init; }
        public decimal Denominators { get; init; }
    }
}
