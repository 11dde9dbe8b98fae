using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>Stores action items. Writes go through the caller's unit of work.</summary>
public sealed class ActionItemRepository(TimeProvider clock)
{
    private const string Columns = $"""
        id AS {nameof(ActionItemRow.Id)}, meeting_id AS {nameof(ActionItemRow.MeetingId)}, description AS {nameof(ActionItemRow.Description)},
        owner_official_id AS {nameof(ActionItemRow.OwnerOfficialId)}, due_on AS {nameof(ActionItemRow.DueOn)}, status AS {nameof(ActionItemRow.Status)}
        """;

    private const string InsertSql = """
        INSERT INTO action_items (id, meeting_id, description, owner_official_id, due_on, status, created_at, updated_at)
        VALUES (@Id, @MeetingId, @Description, @OwnerOfficialId, @DueOn, @Status, @Now, @Now)
        """;

    private const string UpdateStatusSql = "UPDATE action_items SET status = @Status, updated_at = @Now WHERE id = @Id";

    private const string SelectSql = $"SELECT {Columns} FROM action_items WHERE id = @Id";

    // Three result sets in one round trip: the items of the given meetings, every open item, and
    // the next scheduled meeting (the earliest dated today or later), whose agenda carries them.
    private const string ForMeetingsSql = $"""
        SELECT {Columns} FROM action_items WHERE meeting_id = ANY(@Ids) ORDER BY due_on, id;
        SELECT {Columns} FROM action_items WHERE status = 'open' ORDER BY due_on, id;
        SELECT id FROM meetings WHERE status = 'scheduled' AND scheduled_on >= @Today ORDER BY scheduled_on, id LIMIT 1;
        """;

    // What a meeting held on @HeldOn carries: items still open raised at meetings held before it.
    private const string OpenRaisedBeforeSql = $"""
        SELECT {Columns} FROM action_items
        WHERE status = 'open' AND meeting_id IN (SELECT id FROM meetings WHERE status = 'held' AND held_on < @HeldOn)
        ORDER BY due_on, id
        """;

    // Overdue means open with a due date before today.
    private const string ListSql = $"""
        SELECT {Columns} FROM action_items
        WHERE (@Owner IS NULL OR owner_official_id = @Owner)
          AND (@Status IS NULL OR status = @Status)
          AND (CAST(@OverdueBefore AS date) IS NULL OR (status = 'open' AND due_on < @OverdueBefore))
        ORDER BY due_on, id
        LIMIT @Limit OFFSET @Offset
        """;

    public Task InsertAsync(IUnitOfWork unitOfWork, ActionItem item) =>
        unitOfWork.ExecuteAsync(InsertSql, new
        {
            item.Id, item.MeetingId, item.Description, item.OwnerOfficialId, item.DueOn, Status = Text(item.Status), Now = clock.GetUtcNow(),
        });

    public Task UpdateStatusAsync(IUnitOfWork unitOfWork, ActionItem item) =>
        unitOfWork.ExecuteAsync(UpdateStatusSql, new { item.Id, Status = Text(item.Status), Now = clock.GetUtcNow() });

    /// <summary>One action item; NotFound when there is none.</summary>
    public async Task<ActionItem> GetAsync(IDbSession session, Guid id) =>
        (await session.QuerySingleOrDefaultAsync<ActionItemRow>(SelectSql, new { Id = id }))?.ToActionItem()
        ?? throw new NotFoundException("action_item", id.ToString());

    /// <summary>
    /// The open items raised at meetings held before <paramref name="heldOn"/>: what a meeting held
    /// that day carries (read in the unit of work of the hold, so it freezes a consistent set).
    /// </summary>
    public async Task<IReadOnlyList<ActionItem>> GetOpenRaisedBeforeAsync(IDbSession session, DateOnly heldOn) =>
        (await session.QueryAsync<ActionItemRow>(OpenRaisedBeforeSql, new { HeldOn = heldOn })).Select(r => r.ToActionItem()).ToList();

    /// <summary>
    /// The action items of <paramref name="meetingIds"/>, every open item and the next scheduled
    /// meeting as of <paramref name="today"/>, in one query whatever the number of meetings.
    /// </summary>
    public async Task<MeetingActionItems> GetForMeetingsAsync(IDbSession session, IReadOnlyCollection<Guid> meetingIds, DateOnly today)
    {
        using var results = await session.QueryMultipleAsync(ForMeetingsSql, new { Ids = meetingIds.ToArray(), Today = today });
        var byMeeting = (await results.ReadAsync<ActionItemRow>()).Select(r => r.ToActionItem()).ToLookup(i => i.MeetingId);
        var open = (await results.ReadAsync<ActionItemRow>()).Select(r => r.ToActionItem()).ToList();
        var next = (await results.ReadAsync<Guid>()).Cast<Guid?>().FirstOrDefault();
        return new MeetingActionItems(byMeeting, open, next);
    }

    public async Task<IReadOnlyList<ActionItem>> ListAsync(
        IDbSession session, Guid? owner, ActionItemStatus? status, DateOnly? overdueBefore, PageRequest page)
    {
        var rows = await session.QueryAsync<ActionItemRow>(ListSql, new
        {
            Owner = owner,
            Status = status is null ? null : Text(status.Value),
            OverdueBefore = overdueBefore,
            Limit = page.Size,
            page.Offset,
        });
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
