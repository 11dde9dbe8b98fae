using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Dapper;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>Stores action items. Writes go through the caller's unit of work.</summary>
public sealed class ActionItemRepository(IDbConnectionFactory connections, TimeProvider clock)
{
    private const string Columns = """
        id AS Id, meeting_id AS MeetingId, description AS Description, owner_official_id AS OwnerOfficialId,
        due_on AS DueOn, status AS Status
        """;

    private const string InsertSql = """
        INSERT INTO action_items (id, meeting_id, description, owner_official_id, due_on, status, created_at, updated_at)
        VALUES (@Id, @MeetingId, @Description, @OwnerOfficialId, @DueOn, @Status, @Now, @Now)
        """;

    private const string UpdateStatusSql = "UPDATE action_items SET status = @Status, updated_at = @Now WHERE id = @Id";

    private const string SelectSql = $"SELECT {Columns} FROM action_items WHERE id = @Id";

    private const string ByMeetingSql = $"SELECT {Columns} FROM action_items WHERE meeting_id = @MeetingId ORDER BY due_on, id";

    private const string OpenSql = $"SELECT {Columns} FROM action_items WHERE status = 'open' ORDER BY due_on, id";

    // Overdue means open with a due date before today.
    private const string ListSql = $"""
        SELECT {Columns} FROM action_items
        WHERE (@Owner IS NULL OR owner_official_id = @Owner)
          AND (@Status IS NULL OR status = @Status)
          AND (CAST(@OverdueBefore AS date) IS NULL OR (status = 'open' AND due_on < @OverdueBefore))
        ORDER BY due_on, id
        LIMIT @Limit OFFSET @Offset
        """;

    public Task InsertAsync(IUnitOfWork unitOfWork, ActionItem item, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            item.Id, item.MeetingId, item.Description, item.OwnerOfficialId, item.DueOn, Status = Text(item.Status), Now = clock.GetUtcNow(),
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));

    public Task UpdateStatusAsync(IUnitOfWork unitOfWork, ActionItem item, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(new CommandDefinition(UpdateStatusSql, new
        {
            item.Id, Status = Text(item.Status), Now = clock.GetUtcNow(),
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));

    public async Task<ActionItem> GetAsync(IUnitOfWork unitOfWork, Guid id, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.Connection.QuerySingleOrDefaultAsync<ActionItemRow>(
            new CommandDefinition(SelectSql, new { Id = id }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return row?.ToActionItem() ?? throw new NotFoundException("action_item", id.ToString());
    }

    public async Task<IReadOnlyList<ActionItem>> GetByMeetingAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActionItemRow>(new CommandDefinition(ByMeetingSql, new { MeetingId = meetingId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToActionItem()).ToList();
    }

    /// <summary>Every open action item, read inside <paramref name="unitOfWork"/> when given so a hold freezes a consistent set.</summary>
    public async Task<IReadOnlyList<ActionItem>> GetOpenAsync(IUnitOfWork? unitOfWork, CancellationToken cancellationToken)
    {
        if (unitOfWork is not null)
        {
            return (await unitOfWork.Connection.QueryAsync<ActionItemRow>(
                new CommandDefinition(OpenSql, transaction: unitOfWork.Transaction, cancellationToken: cancellationToken))).Select(r => r.ToActionItem()).ToList();
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ActionItemRow>(new CommandDefinition(OpenSql, cancellationToken: cancellationToken))).Select(r => r.ToActionItem()).ToList();
    }

    public async Task<IReadOnlyList<ActionItem>> ListAsync(
        Guid? owner, ActionItemStatus? status, DateOnly? overdueBefore, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActionItemRow>(new CommandDefinition(ListSql, new
        {
            Owner = owner,
            Status = status is null ? null : Text(status.Value),
            OverdueBefore = overdueBefore,
            Limit = page.Size,
            page.Offset,
        }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToActionItem()).ToList();
    }

    private static string Text(ActionItemStatus status) => status.ToString().ToLowerInvariant();

    private sealed class ActionItemRow
    {
        public Guid Id { get; init; }
        public Guid MeetingId { get; init; }
        public string Description { get; init; } = "";
        public Guid OwnerOfficialId { get; init; }
        public DateOnly DueOn { get; init; }
        public string Status { get; init; } = "";

        public ActionItem ToActionItem() => new(
            Id, MeetingId, Description, OwnerOfficialId, DueOn, Enum.Parse<ActionItemStatus>(Status, ignoreCase: true));
    }
}
