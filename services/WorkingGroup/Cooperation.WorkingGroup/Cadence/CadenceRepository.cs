using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>The held meetings the cadence counts, and the quarters for which a breach was raised (each once).</summary>
public sealed class CadenceRepository(TimeProvider clock)
{
    private const string HeldDatesSql = "SELECT held_on FROM meetings WHERE status = 'held'";

    // The key (year, quarter) turns a second raise (a later pass, another instance) into a no-op.
    private const string InsertBreachSql = """
        INSERT INTO cadence_breaches (year, quarter, quarter_start, quarter_end, raised_at)
        VALUES (@Year, @Quarter, @QuarterStart, @QuarterEnd, @RaisedAt)
        ON CONFLICT (year, quarter) DO NOTHING
        """;

    /// <summary>The day of every held meeting, in one query.</summary>
    public Task<IReadOnlyList<DateOnly>> GetHeldDatesAsync(IDbSession session) => session.QueryAsync<DateOnly>(HeldDatesSql);

    /// <summary>True when this call recorded the breach; false when it had already been raised.</summary>
    public async Task<bool> TryRecordBreachAsync(IUnitOfWork unitOfWork, CalendarQuarter quarter) =>
        await unitOfWork.ExecuteAsync(InsertBreachSql, new
        {
            quarter.Year,
            quarter.Quarter,
            QuarterStart = quarter.Start,
            QuarterEnd = quarter.End,
            RaisedAt = clock.GetUtcNow(),
        }) == 1;
}
