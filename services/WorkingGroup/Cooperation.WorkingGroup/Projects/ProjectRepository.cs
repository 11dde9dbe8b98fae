using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;
using Dapper;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// Stores project proposals with their cooperation areas and lead agencies. Writes go through the
/// caller's unit of work; a page of projects is read in two queries whatever its size.
/// </summary>
public sealed class ProjectRepository(TimeProvider clock)
{
    private const string InsertSql = """
        INSERT INTO project_proposals (id, title, summary, workstream, status, decision_id, proposed_at, updated_at)
        VALUES (@Id, @Title, @Summary, @Workstream, @Status, NULL, @ProposedAt, @ProposedAt)
        """;

    private const string InsertAreaSql = "INSERT INTO project_cooperation_areas (project_id, position, area) VALUES (@ProjectId, @Position, @Area)";

    private const string InsertAreaLinkSql = "INSERT INTO project_area_links (project_id, area_id) VALUES (@ProjectId, @AreaId)";

    private const string ExistingAreasSql = "SELECT id FROM cooperation_areas WHERE id = ANY(@Ids)";

    private const string InsertLeadSql = "INSERT INTO project_lead_agencies (project_id, agency_id) VALUES (@ProjectId, @AgencyId)";

    // agreed_at is stamped once, by the change that sets the decision.
    private const string UpdateSql = """
        UPDATE project_proposals
        SET status = @Status, decision_id = @DecisionId, commenced_on = @CommencedOn, completed_on = @CompletedOn,
            agreed_at = CASE WHEN agreed_at IS NULL AND @DecisionId IS NOT NULL THEN @Now ELSE agreed_at END,
            updated_at = @Now
        WHERE id = @Id
        """;

    private const string Columns = $"""
        id AS {nameof(ProjectRow.Id)}, title AS {nameof(ProjectRow.Title)}, summary AS {nameof(ProjectRow.Summary)},
        workstream AS {nameof(ProjectRow.Workstream)}, status AS {nameof(ProjectRow.Status)}, decision_id AS {nameof(ProjectRow.DecisionId)},
        proposed_at AS {nameof(ProjectRow.ProposedAt)}, commenced_on AS {nameof(ProjectRow.CommencedOn)}, completed_on AS {nameof(ProjectRow.CompletedOn)}
        """;

    private const string SelectSql = $"SELECT {Columns} FROM project_proposals WHERE id = @Id";

    private const string ListSql = $"""
        SELECT {Columns} FROM project_proposals
        WHERE (@Status IS NULL OR status = @Status) AND (@Workstream IS NULL OR workstream = @Workstream)
        ORDER BY proposed_at, id
        LIMIT @Limit OFFSET @Offset
        """;

    // The areas, the lead agencies and the linked cooperation areas of every project of a page, in one round trip.
    private const string ChildrenSql = $"""
        SELECT project_id AS {nameof(AreaRow.ProjectId)}, area AS {nameof(AreaRow.Area)}
        FROM project_cooperation_areas WHERE project_id = ANY(@Ids) ORDER BY project_id, position;
        SELECT project_id AS {nameof(LeadRow.ProjectId)}, agency_id AS {nameof(LeadRow.AgencyId)}
        FROM project_lead_agencies WHERE project_id = ANY(@Ids) ORDER BY project_id, agency_id;
        SELECT project_id AS {nameof(LeadRow.ProjectId)}, area_id AS {nameof(LeadRow.AgencyId)}
        FROM project_area_links WHERE project_id = ANY(@Ids) ORDER BY project_id, area_id;
        """;

    public async Task InsertAsync(IUnitOfWork unitOfWork, ProjectProposal project)
    {
        await unitOfWork.ExecuteAsync(InsertSql, new
        {
            project.Id, project.Title, project.Summary, Workstream = Text(project.Workstream), Status = Text(project.Status), project.ProposedAt,
        });
        if (project.CooperationAreas.Count > 0)
        {
            await unitOfWork.ExecuteAsync(InsertAreaSql,
                project.CooperationAreas.Select((area, i) => new { ProjectId = project.Id, Position = i + 1, Area = area }).ToList());
        }

        await unitOfWork.ExecuteAsync(InsertLeadSql, project.LeadAgencyIds.Select(agencyId => new { ProjectId = project.Id, AgencyId = agencyId }).ToList());
        if (project.CooperationAreaIds.Count > 0)
        {
            await unitOfWork.ExecuteAsync(InsertAreaLinkSql,
                project.CooperationAreaIds.Select(areaId => new { ProjectId = project.Id, AreaId = areaId }).ToList());
        }
    }

    /// <summary>Which of <paramref name="areaIds"/> name identified cooperation areas, in one query.</summary>
    public async Task<IReadOnlySet<Guid>> ExistingAreaIdsAsync(IDbSession session, IReadOnlyCollection<Guid> areaIds) =>
        areaIds.Count == 0 ? new HashSet<Guid>() : (await session.QueryAsync<Guid>(ExistingAreasSql, new { Ids = areaIds.ToArray() })).ToHashSet();

    public Task UpdateAsync(IUnitOfWork unitOfWork, ProjectProposal project) =>
        unitOfWork.ExecuteAsync(UpdateSql, new
        {
            project.Id, Status = Text(project.Status), project.DecisionId,
            project.CommencedOn, project.CompletedOn, Now = clock.GetUtcNow(),
        });

    /// <summary>One project with its areas and lead agencies; null when there is none.</summary>
    public async Task<ProjectProposal?> FindAsync(IDbSession session, Guid id)
    {
        var row = await session.QuerySingleOrDefaultAsync<ProjectRow>(SelectSql, new { Id = id });
        return row is null ? null : (await AssembleAsync(session, [row]))[0];
    }

    /// <summary>One project; NotFound when there is none.</summary>
    public async Task<ProjectProposal> GetAsync(IDbSession session, Guid id) =>
        await FindAsync(session, id) ?? throw new NotFoundException("project", id.ToString());

    /// <summary>One page of projects in the order they were proposed: two queries whatever the page size.</summary>
    public async Task<IReadOnlyList<ProjectProposal>> ListAsync(IDbSession session, ProjectStatus? status, Workstream? workstream, PageRequest page)
    {
        var rows = await session.QueryAsync<ProjectRow>(ListSql, new
        {
            Status = status is null ? null : Text(status.Value),
            Workstream = workstream is null ? null : Text(workstream.Value),
            Limit = page.Size,
            page.Offset,
        });
        return await AssembleAsync(session, rows);
    }

    internal static string Text(ProjectStatus status) => status.ToString().ToLowerInvariant();

    private static string Text(Workstream workstream) => workstream == Workstream.Training ? "training" : "capacity_building";

    /// <summary>Reads the areas and leads of every project in <paramref name="rows"/> at once and builds the projects, in the rows' order.</summary>
    private static async Task<IReadOnlyList<ProjectProposal>> AssembleAsync(IDbSession session, IReadOnlyList<ProjectRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        using var children = await session.QueryMultipleAsync(ChildrenSql, new { Ids = rows.Select(r => r.Id).ToArray() });
        var areas = (await children.ReadAsync<AreaRow>()).ToLookup(a => a.ProjectId, a => a.Area);
        var leads = (await children.ReadAsync<LeadRow>()).ToLookup(l => l.ProjectId, l => l.AgencyId);
        // The same two-uuid row shape as the leads: project, linked area.
        var links = (await children.ReadAsync<LeadRow>()).ToLookup(l => l.ProjectId, l => l.AgencyId);
        return rows.Select(row => new ProjectProposal(
            row.Id, row.Title, row.Summary, row.Workstream == "training" ? Workstream.Training : Workstream.CapacityBuilding,
            areas[row.Id].ToList(), leads[row.Id].ToList(), Enum.Parse<ProjectStatus>(row.Status, ignoreCase: true), row.ProposedAt,
            row.DecisionId, row.CommencedOn, row.CompletedOn, links[row.Id].ToList())).ToList();
    }

    private sealed class ProjectRow
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public string Summary { get; init; } = "";
        public string Workstream { get; init; } = "";
        public string Status { get; init; } = "";
        public Guid? DecisionId { get; init; }
        public DateTimeOffset ProposedAt { get; init; }
        public DateOnly? CommencedOn { get; init; }
        public DateOnly? CompletedOn { get; init; }
    }

    private sealed class AreaRow
    {
        public Guid ProjectId { get; init; }
        public string Area { get; init; } = "";
    }

    private sealed class LeadRow
    {
        public Guid ProjectId { get; init; }
        public Guid AgencyId { get; init; }
    }
}
