using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>A milestone the service marked missed, with what its announcement needs.</summary>
public sealed record MissedMilestone(Guid MilestoneId, Guid ProjectId, Guid LeadAgencyId, DateOnly DueOn);

/// <summary>Stores milestones and the baseline's snapshot of them.</summary>
public sealed class MilestoneRepository
{
    private const string Columns = """
        id AS Id, project_id AS ProjectId, title AS Title, due_on AS DueOn, status AS Status,
        achieved_on AS AchievedOn, evidence AS Evidence, missed_at AS MissedAt
        """;

    private const string InsertSql = """
        INSERT INTO milestones (id, project_id, title, due_on, status, created_at)
        VALUES (@Id, @ProjectId, @Title, @DueOn, @Status, @CreatedAt)
        """;

    private const string UpdateSql = """
        UPDATE milestones SET due_on = @DueOn, status = @Status, achieved_on = @AchievedOn, evidence = @Evidence, missed_at = @MissedAt
        WHERE id = @Id
        """;

    private const string SelectSql = $"SELECT {Columns} FROM milestones WHERE id = @Id AND project_id = @ProjectId";

    private const string ListSql = $"SELECT {Columns} FROM milestones WHERE project_id = @ProjectId ORDER BY due_on, title, id";

    // One statement claims and marks every newly missed milestone: concurrent passes (replicas)
    // serialise on the rows, and a row a pass has marked no longer matches status = 'pending'.
    // Projects that ended (closed, cancelled) miss nothing more.
    private const string MarkMissedSql = """
        UPDATE milestones m SET status = 'missed', missed_at = @Now
        FROM projects p
        WHERE p.id = m.project_id AND m.status = 'pending' AND m.due_on < @Today AND p.status NOT IN ('closed', 'cancelled')
        RETURNING m.id AS MilestoneId, m.project_id AS ProjectId, p.lead_agency_id AS LeadAgencyId, m.due_on AS DueOn
        """;

    private const string TakeBaselineSql = """
        INSERT INTO baseline_milestones (project_id, milestone_id, title, due_on)
        SELECT project_id, id, title, due_on FROM milestones WHERE project_id = @ProjectId
        """;

    private const string BaselineSql = """
        SELECT milestone_id AS MilestoneId, title AS Title, due_on AS DueOn FROM baseline_milestones WHERE project_id = @ProjectId
        """;

    private const string BaselineDueSql = "SELECT due_on FROM baseline_milestones WHERE milestone_id = @MilestoneId";

    public Task InsertAsync(IDbSession session, Milestone milestone, DateTimeOffset createdAt) =>
        session.ExecuteAsync(InsertSql, new
        {
            milestone.Id, milestone.ProjectId, milestone.Title, milestone.DueOn, Status = StoredEnums.ToStored(milestone.Status), CreatedAt = createdAt,
        });

    public Task UpdateAsync(IDbSession session, Milestone milestone) =>
        session.ExecuteAsync(UpdateSql, new
        {
            milestone.Id, milestone.DueOn, Status = StoredEnums.ToStored(milestone.Status), milestone.AchievedOn, milestone.Evidence, milestone.MissedAt,
        });

    /// <summary>One milestone of the project; NotFound when it is not the project's.</summary>
    public async Task<Milestone> GetAsync(IDbSession session, Guid projectId, Guid milestoneId) =>
        ToDomain(await session.QuerySingleOrDefaultAsync<MilestoneRow>(SelectSql, new { Id = milestoneId, ProjectId = projectId })
            ?? throw new NotFoundException("milestone", milestoneId.ToString()));

    public async Task<IReadOnlyList<Milestone>> ListAsync(IDbSession session, Guid projectId) =>
        (await session.QueryAsync<MilestoneRow>(ListSql, new { ProjectId = projectId })).Select(ToDomain).ToList();

    /// <summary>Marks every pending milestone due before <paramref name="today"/> missed; answers those it marked.</summary>
    public Task<IReadOnlyList<MissedMilestone>> MarkMissedAsync(IDbSession session, DateOnly today, DateTimeOffset now) =>
        session.QueryAsync<MissedMilestone>(MarkMissedSql, new { Today = today, Now = now });

    public Task TakeBaselineAsync(IDbSession session, Guid projectId) => session.ExecuteAsync(TakeBaselineSql, new { ProjectId = projectId });

    public Task<IReadOnlyList<BaselineMilestone>> BaselineAsync(IDbSession session, Guid projectId) =>
        session.QueryAsync<BaselineMilestone>(BaselineSql, new { ProjectId = projectId });

    /// <summary>The baseline's due date of a milestone; null when it was added after the baseline or none was taken.</summary>
    public Task<DateOnly?> BaselineDueAsync(IDbSession session, Guid milestoneId) =>
        session.ExecuteScalarAsync<DateOnly?>(BaselineDueSql, new { MilestoneId = milestoneId });

    private static Milestone ToDomain(MilestoneRow row) => new(
        row.Id, row.ProjectId, row.Title, row.DueOn, StoredEnums.FromStored<MilestoneStatus>(row.Status), row.AchievedOn, row.Evidence, row.MissedAt);

    private sealed class MilestoneRow
    {
        public Guid Id { get; init; }
        public Guid ProjectId { get; init; }
        public string Title { get; init; } = "";
        public DateOnly DueOn { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? AchievedOn { get; init; }
        public string? Evidence { get; init; }
        public DateTimeOffset? MissedAt { get; init; }
    }
}
