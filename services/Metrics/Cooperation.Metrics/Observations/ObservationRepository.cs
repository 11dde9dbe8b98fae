using Cooperation.BuildingBlocks.Data;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>The SQL of observations, the values they make and the change log behind the live stream.</summary>
public sealed class ObservationRepository
{
    private const string InsertSql = """
        INSERT INTO observations (id, indicator_code, year, quarter, disaggregation, kind, amount, source_event_id, source_event, observed_at)
        VALUES (@Id, @IndicatorCode, @Year, @Quarter, @Disaggregation, @Kind, @Amount, @SourceEventId, @SourceEvent, @ObservedAt)
        ON CONFLICT (source_event_id, indicator_code, year, quarter, disaggregation) DO NOTHING
        """;

    // Serialises writers of the change log for the rest of the transaction, so versions commit in
    // the order they are handed out (a stream reader never sees a smaller version appear later).
    private const string LockChangeLogSql = "SELECT pg_advisory_xact_lock(hashtext('metrics.indicator_changes'))";

    // The lock and the change in one round trip, as two statements: under READ COMMITTED the second
    // takes its snapshot once the lock is granted, so it sees the version the last holder committed.
    private const string LockAndApplySql = $"""
        {LockChangeLogSql};
        WITH next AS (SELECT COALESCE(MAX(version), 0) + 1 AS version FROM indicator_changes),
        applied AS (
            INSERT INTO indicator_values (indicator_code, year, quarter, disaggregation, value, version, updated_at)
            VALUES (@IndicatorCode, @Year, @Quarter, @Disaggregation, @Amount, (SELECT version FROM next), @ObservedAt)
            ON CONFLICT (indicator_code, year, quarter, disaggregation) DO UPDATE SET
                value = CASE WHEN @Absolute THEN EXCLUDED.value ELSE indicator_values.value + EXCLUDED.value END,
                version = EXCLUDED.version,
                updated_at = EXCLUDED.updated_at
            RETURNING indicator_code, year, quarter, disaggregation, value, version, updated_at)
        INSERT INTO indicator_changes (version, indicator_code, year, quarter, disaggregation, value, changed_at)
        SELECT version, indicator_code, year, quarter, disaggregation, value, updated_at FROM applied
        RETURNING version AS Version, indicator_code AS IndicatorCode, year AS Year, quarter AS Quarter,
                  disaggregation AS Disaggregation, value AS Value, changed_at AS UpdatedAt
        """;

    /// <summary>Keeps the observation; false when this event was already observed for this indicator, quarter and key.</summary>
    public async Task<bool> TryAddAsync(IDbSession session, Guid id, Observation observation, Guid sourceEventId, string sourceEvent, DateTimeOffset observedAt) =>
        await session.ExecuteAsync(InsertSql, new
        {
            Id = id,
            observation.IndicatorCode,
            observation.Quarter.Year,
            Quarter = observation.Quarter.Number,
            observation.Disaggregation,
            Kind = StoredEnums.ToStored(observation.Kind),
            observation.Amount,
            SourceEventId = sourceEventId,
            SourceEvent = sourceEvent,
            ObservedAt = observedAt,
        }) == 1;

    /// <summary>
    /// Takes the change log's lock for the rest of the transaction. A writer that computes a value
    /// from rows other writers change (figures, the sharing log) takes it before it reads them, so
    /// two concurrent writers never both compute from what the other has not committed yet.
    /// </summary>
    public async Task LockChangeLogAsync(IDbSession session) => await session.ExecuteAsync(LockChangeLogSql);

    /// <summary>Applies the observation to its quarter's value and logs the change; returns the new value and its version.</summary>
    public async Task<IndicatorValue> ApplyAsync(IDbSession session, Observation observation, DateTimeOffset observedAt)
    {
        ChangeRow row;
        await using (var results = await session.QueryMultipleAsync(LockAndApplySql, new
        {
            observation.IndicatorCode,
            observation.Quarter.Year,
            Quarter = observation.Quarter.Number,
            observation.Disaggregation,
            observation.Amount,
            Absolute = observation.Kind == ObservationKind.Absolute,
            ObservedAt = observedAt,
        }))
        {
            await results.ReadAsync<object>();
            row = await results.ReadSingleAsync<ChangeRow>();
        }

        return new IndicatorValue(row.IndicatorCode, new Quarter(row.Year, row.Quarter), row.Value, row.Version, row.UpdatedAt)
        {
            Disaggregation = row.Disaggregation,
        };
    }

    private sealed class ChangeRow
    {
        public long Version { get; init; }
        public string IndicatorCode { get; init; } = "";
        public int Year { get; init; }
        public int Quarter { get; init; }
        public string Disaggregation { get; init; } = "";
        public decimal Value { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
    }
}
