using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Dapper;

namespace Cooperation.WorkingGroup.Establishment;

internal sealed class WorkingGroupRepository(IDbConnectionFactory connections)
{
    // The fixed id makes "established once" hold even for two concurrent callers.
    private const string InsertSql = """
        INSERT INTO working_group (id, established_on, due_by, recorded_at)
        VALUES (@Id, @EstablishedOn, @DueBy, @RecordedAt)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string FindSql = """
        SELECT established_on AS EstablishedOn, due_by AS DueBy, recorded_at AS RecordedAt
        FROM working_group
        WHERE id = @Id
        """;

    /// <summary>Records the establishment; false when it was already recorded.</summary>
    public static async Task<bool> TryEstablishAsync(
        IUnitOfWork unitOfWork, WorkingGroupRecord record, CancellationToken cancellationToken)
    {
        var inserted = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            WorkingGroupRecord.Id,
            record.EstablishedOn,
            record.DueBy,
            record.RecordedAt,
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<WorkingGroupRecord?> FindAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            new CommandDefinition(FindSql, new { WorkingGroupRecord.Id }, cancellationToken: cancellationToken));
        return row is null ? null : new WorkingGroupRecord(row.EstablishedOn, row.DueBy, row.RecordedAt);
    }

    private sealed class Row
    {
        public DateOnly EstablishedOn { get; init; }

        public DateOnly DueBy { get; init; }

        public DateTimeOffset RecordedAt { get; init; }
    }
}
