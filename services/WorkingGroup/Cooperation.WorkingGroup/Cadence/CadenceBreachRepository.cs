using Cooperation.BuildingBlocks.Messaging;
using Dapper;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>Records the quarters for which a breach was raised, so each is raised once.</summary>
public sealed class CadenceBreachRepository(TimeProvider clock)
{
    private const string InsertSql = """
        INSERT INTO cadence_breaches (year, quarter, quarter_start, quarter_end, raised_at)
        VALUES (@Year, @Quarter, @QuarterStart, @QuarterEnd, @RaisedAt)
        ON CONFLICT (year, quarter) DO NOTHING
        """;

    /// <summary>True when this call recorded the breach; false when it had already been raised.</summary>
    public async Task<bool> TryRecordAsync(IUnitOfWork unitOfWork, CalendarQuarter quarter, CancellationToken cancellationToken)
    {
        var inserted = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            quarter.Year,
            quarter.Quarter,
            QuarterStart = quarter.Start,
            QuarterEnd = quarter.End,
            RaisedAt = clock.GetUtcNow(),
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return inserted == 1;
    }
}
