using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>The SQL of values entered and corrected by hand.</summary>
public sealed class ManualObservationRepository
{
    private const string ShownSql = """
        SELECT value FROM indicator_values
        WHERE indicator_code = @Code AND year = @Year AND quarter = @Quarter AND disaggregation = @Disaggregation
        """;

    private const string InsertSql = """
        INSERT INTO manual_observations (id, indicator_code, year, quarter, disaggregation, kind, value, previous_value, source, note, recorded_by, recorded_at, version)
        VALUES (@Id, @IndicatorCode, @Year, @Quarter, @Disaggregation, @Kind, @Value, @PreviousValue, @Source, @Note, @RecordedBy, @RecordedAt, @Version)
        """;

    private const string ListSql = """
        SELECT id AS Id, indicator_code AS IndicatorCode, year AS Year, quarter AS Quarter, disaggregation AS Disaggregation, kind AS Kind,
               value AS Value, previous_value AS PreviousValue, source AS Source, note AS Note, recorded_by AS RecordedBy,
               recorded_at AS RecordedAt, version AS Version
        FROM manual_observations
        WHERE indicator_code = @Code
          AND (@Year IS NULL OR (year = @Year AND quarter = @Quarter))
          AND (@Disaggregation IS NULL OR disaggregation = @Disaggregation)
        ORDER BY recorded_at DESC, version DESC
        LIMIT @Limit OFFSET @Offset
        """;

    /// <summary>The value shown for one indicator, quarter and key, or null. Call under the change log's lock to read it stably.</summary>
    public async Task<decimal?> ShownValueAsync(IDbSession session, string code, Quarter quarter, string disaggregation) =>
        await session.QuerySingleOrDefaultAsync<decimal?>(ShownSql, new { Code = code, quarter.Year, Quarter = quarter.Number, Disaggregation = disaggregation });

    public async Task AddAsync(IDbSession session, ManualObservation observation) =>
        await session.ExecuteAsync(InsertSql, new
        {
            observation.Id,
            observation.IndicatorCode,
            observation.Quarter.Year,
            Quarter = observation.Quarter.Number,
            observation.Disaggregation,
            Kind = StoredEnums.ToStored(observation.Kind),
            observation.Value,
            observation.PreviousValue,
            observation.Source,
            observation.Note,
            observation.RecordedBy,
            observation.RecordedAt,
            observation.Version,
        });

    /// <summary>One page of an indicator's entries and corrections, newest first; a null quarter or key is every one.</summary>
    public async Task<IReadOnlyList<ManualObservation>> ListAsync(IDbSession session, string code, Quarter? quarter, string? disaggregation, PageRequest page) =>
        (await session.QueryAsync<Row>(ListSql, new
        {
            Code = code,
            Year = quarter?.Year,
            Quarter = quarter?.Number,
            Disaggregation = disaggregation,
            Limit = page.Size,
            page.Offset,
        })).Select(r => r.ToObservation()).ToList();

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string IndicatorCode { get; init; } = "";
        public int Year { get; init; }
        public int Quarter { get; init; }
        public string Disaggregation { get; init; } = "";
        public string Kind { get; init; } = "";
        public decimal Value { get; init; }
        public decimal? PreviousValue { get; init; }
        public string Source { get; init; } = "";
        public string Note { get; init; } = "";
        public string RecordedBy { get; init; } = "";
        public DateTimeOffset RecordedAt { get; init; }
        public long Version { get; init; }

        public ManualObservation ToObservation() => new(
            Id, IndicatorCode, new Quarter(Year, Quarter), Disaggregation, StoredEnums.FromStored<ManualObservationKind>(Kind),
            Value, PreviousValue, Source, Note, RecordedBy, RecordedAt, Version);
    }
}
