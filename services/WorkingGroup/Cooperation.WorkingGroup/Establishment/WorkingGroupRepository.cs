using Cooperation.BuildingBlocks.Data;

namespace Cooperation.WorkingGroup.Establishment;

/// <summary>The one row of the working_group table; every method runs in the session it is given.</summary>
internal sealed class WorkingGroupRepository
{
    // The fixed id makes "established once" hold even for two concurrent callers.
    private const string InsertSql = """
        INSERT INTO working_group (id, established_on, due_by, recorded_at)
        VALUES (@Id, @EstablishedOn, @DueBy, @RecordedAt)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string CorrectSql = "UPDATE working_group SET established_on = @EstablishedOn WHERE id = @Id AND established_on = @PreviousEstablishedOn";

    private const string InsertCorrectionSql = """
        INSERT INTO establishment_corrections (id, previous_established_on, established_on, reason, corrected_at)
        VALUES (@Id, @PreviousEstablishedOn, @EstablishedOn, @Reason, @CorrectedAt)
        """;

    private const string FindSql = $"""
        SELECT established_on AS {nameof(Row.EstablishedOn)}, due_by AS {nameof(Row.DueBy)}, recorded_at AS {nameof(Row.RecordedAt)}
        FROM working_group
        WHERE id = @Id
        """;

    /// <summary>Records the establishment; false when it was already recorded.</summary>
    public async Task<bool> TryEstablishAsync(IDbSession session, WorkingGroupRecord record) =>
        await session.ExecuteAsync(InsertSql, new
        {
            WorkingGroupRecord.Id,
            record.EstablishedOn,
            record.DueBy,
            record.RecordedAt,
        }) == 1;

    /// <summary>
    /// Stores the corrected date and the correction beside it; false when the date changed
    /// meanwhile (another correction committed first).
    /// </summary>
    public async Task<bool> TryCorrectAsync(IDbSession session, EstablishmentCorrection correction, DateTimeOffset correctedAt)
    {
        var args = new
        {
            correction.Id,
            correction.PreviousEstablishedOn,
            correction.Corrected.EstablishedOn,
            correction.Reason,
            CorrectedAt = correctedAt,
        };
        if (await session.ExecuteAsync(CorrectSql, new { WorkingGroupRecord.Id, args.EstablishedOn, args.PreviousEstablishedOn }) != 1)
        {
            return false;
        }

        await session.ExecuteAsync(InsertCorrectionSql, args);
        return true;
    }

    /// <summary>The day the working group was established; null before that.</summary>
    public async Task<DateOnly?> GetEstablishedOnAsync(IDbSession session) => (await FindAsync(session))?.EstablishedOn;

    /// <summary>The establishment, or null while the group is not established.</summary>
    public async Task<WorkingGroupRecord?> FindAsync(IDbSession session)
    {
        var row = await session.QuerySingleOrDefaultAsync<Row>(FindSql, new { WorkingGroupRecord.Id });
        return row is null ? null : new WorkingGroupRecord(row.EstablishedOn, row.DueBy, row.RecordedAt);
    }

    private sealed class Row
    {
        public DateOnly EstablishedOn { get; init; }

        public DateOnly DueBy { get; init; }

        public DateTimeOffset RecordedAt { get; init; }
    }
}
