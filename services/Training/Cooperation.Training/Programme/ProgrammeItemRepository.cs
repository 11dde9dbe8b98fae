using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Programme;

/// <summary>Stores the programme items, one per agreed training project.</summary>
public sealed class ProgrammeItemRepository
{
    private const string Columns = $"""
        project_id AS {nameof(ItemRow.ProjectId)}, title AS {nameof(ItemRow.Title)}, summary AS {nameof(ItemRow.Summary)},
        decision_id AS {nameof(ItemRow.DecisionId)}, cooperation_areas AS {nameof(ItemRow.CooperationAreas)},
        lead_agency_ids AS {nameof(ItemRow.LeadAgencyIds)}, agreed_at AS {nameof(ItemRow.AgreedAt)}, commenced_on AS {nameof(ItemRow.CommencedOn)},
        completed_on AS {nameof(ItemRow.CompletedOn)}, delivered AS {nameof(ItemRow.Delivered)}, closure_reason AS {nameof(ItemRow.ClosureReason)}
        """;

    private const string InsertSql = """
        INSERT INTO programme_items (project_id, title, summary, decision_id, cooperation_areas, lead_agency_ids, agreed_at)
        VALUES (@ProjectId, @Title, @Summary, @DecisionId, @CooperationAreas, @LeadAgencyIds, @AgreedAt)
        ON CONFLICT (project_id) DO NOTHING
        """;

    private const string SelectSql = $"SELECT {Columns} FROM programme_items WHERE project_id = @Id";

    private const string SelectForUpdateSql = $"SELECT {Columns} FROM programme_items WHERE project_id = @Id FOR UPDATE";

    private const string ListSql = $"SELECT {Columns} FROM programme_items ORDER BY agreed_at, project_id LIMIT @Limit OFFSET @Offset";

    private const string CommenceSql = "UPDATE programme_items SET commenced_on = @CommencedOn WHERE project_id = @ProjectId";

    private const string CompleteSql = """
        UPDATE programme_items SET completed_on = @CompletedOn, delivered = @Delivered, closure_reason = @ClosureReason WHERE project_id = @ProjectId
        """;

    private const string ProgressSql = $"""
        SELECT count(*)::int AS {nameof(ProgressRow.Events)}, (count(*) FILTER (WHERE e.completed_at IS NULL))::int AS {nameof(ProgressRow.OpenEvents)},
               EXISTS (SELECT 1 FROM training_sessions s JOIN training_events h ON h.id = s.event_id
                       WHERE h.programme_item_id = @Id AND s.held_at IS NOT NULL) AS {nameof(ProgressRow.AnySessionHeld)}
        FROM training_events e WHERE e.programme_item_id = @Id
        """;

    /// <summary>True when this call added the item; false when the project was already in the programme.</summary>
    public async Task<bool> TryInsertAsync(IDbSession session, ProgrammeItem item) =>
        await session.ExecuteAsync(InsertSql, new
        {
            item.ProjectId, item.Title, item.Summary, item.DecisionId, CooperationAreas = item.CooperationAreas.ToArray(),
            LeadAgencyIds = item.LeadAgencyIds.ToArray(), item.AgreedAt,
        }) == 1;

    public async Task<ProgrammeItem> GetAsync(IDbSession session, Guid projectId) =>
        ToDomain(await session.QuerySingleOrDefaultAsync<ItemRow>(SelectSql, new { Id = projectId })
            ?? throw new NotFoundException("programme item", projectId.ToString()));

    public async Task<ProgrammeItem> GetForUpdateAsync(IDbSession session, Guid projectId) =>
        ToDomain(await session.QuerySingleOrDefaultAsync<ItemRow>(SelectForUpdateSql, new { Id = projectId })
            ?? throw new NotFoundException("programme item", projectId.ToString()));

    public async Task<IReadOnlyList<ProgrammeItem>> ListAsync(IDbSession session, PageRequest page) =>
        (await session.QueryAsync<ItemRow>(ListSql, new { Limit = page.Size, page.Offset })).Select(ToDomain).ToList();

    public Task CommenceAsync(IDbSession session, ProgrammeItem item) =>
        session.ExecuteAsync(CommenceSql, new { item.ProjectId, item.CommencedOn });

    public Task CompleteAsync(IDbSession session, ProgrammeItem item) =>
        session.ExecuteAsync(CompleteSql, new { item.ProjectId, item.CompletedOn, item.Delivered, item.ClosureReason });

    /// <summary>How far the events delivering the item have come.</summary>
    public async Task<ProgrammeEventsProgress> ProgressAsync(IDbSession session, Guid projectId)
    {
        var row = await session.QuerySingleAsync<ProgressRow>(ProgressSql, new { Id = projectId });
        return new ProgrammeEventsProgress(row.Events, row.OpenEvents, row.AnySessionHeld);
    }

    private static ProgrammeItem ToDomain(ItemRow row) => new(
        row.ProjectId, row.Title, row.Summary, row.DecisionId, row.CooperationAreas, row.LeadAgencyIds, row.AgreedAt, row.CommencedOn,
        row.CompletedOn, row.Delivered, row.ClosureReason);

    private sealed class ItemRow
    {
        public Guid ProjectId { get; init; }
        public string Title { get; init; } = "";
        public string Summary { get; init; } = "";
        public Guid DecisionId { get; init; }
        public string[] CooperationAreas { get; init; } = [];
        public Guid[] LeadAgencyIds { get; init; } = [];
        public DateTimeOffset AgreedAt { get; init; }
        public DateOnly? CommencedOn { get; init; }
        public DateOnly? CompletedOn { get; init; }
        public bool Delivered { get; init; }
        public string? ClosureReason { get; init; }
    }

    private sealed class ProgressRow
    {
        public int Events { get; init; }
        public int OpenEvents { get; init; }
        public bool AnySessionHeld { get; init; }
    }
}
