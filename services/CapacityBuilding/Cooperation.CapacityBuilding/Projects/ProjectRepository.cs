using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>Stores projects and their partner and beneficiary agencies; a page is two queries whatever its size.</summary>
public sealed class ProjectRepository
{
    private const string Columns = $"""
        id AS {nameof(ProjectRow.Id)}, title_en AS {nameof(ProjectRow.TitleEn)}, title_bg AS {nameof(ProjectRow.TitleBg)},
        description_en AS {nameof(ProjectRow.DescriptionEn)}, description_bg AS {nameof(ProjectRow.DescriptionBg)},
        type AS {nameof(ProjectRow.Type)}, statement_paragraphs AS {nameof(ProjectRow.StatementParagraphs)},
        cooperation_areas AS {nameof(ProjectRow.CooperationAreas)}, lead_agency_id AS {nameof(ProjectRow.LeadAgencyId)},
        status AS {nameof(ProjectRow.Status)}, status_reason AS {nameof(ProjectRow.StatusReason)},
        suspended_from AS {nameof(ProjectRow.SuspendedFrom)}, planned_start AS {nameof(ProjectRow.PlannedStart)},
        planned_end AS {nameof(ProjectRow.PlannedEnd)}, actual_start AS {nameof(ProjectRow.ActualStart)},
        actual_end AS {nameof(ProjectRow.ActualEnd)}, decision_id AS {nameof(ProjectRow.DecisionId)},
        version AS {nameof(ProjectRow.Version)}, created_at AS {nameof(ProjectRow.CreatedAt)},
        plan_approved_at AS {nameof(ProjectRow.PlanApprovedAt)}, proposed_at AS {nameof(ProjectRow.ProposedAt)}
        """;

    private const string InsertSql = """
        INSERT INTO projects (id, title_en, title_bg, description_en, description_bg, type, statement_paragraphs, cooperation_areas,
                              lead_agency_id, status, planned_start, planned_end, decision_id, version, created_at)
        VALUES (@Id, @TitleEn, @TitleBg, @DescriptionEn, @DescriptionBg, @Type, @StatementParagraphs, @CooperationAreas,
                @LeadAgencyId, @Status, @PlannedStart, @PlannedEnd, @DecisionId, @Version, @CreatedAt)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string InsertAgenciesSql = """
        INSERT INTO project_agencies (project_id, agency_id, role, position)
        SELECT @ProjectId, agency, role, position
        FROM unnest(@AgencyIds, @Roles) WITH ORDINALITY AS a (agency, role, position)
        """;

    private const string UpdateSql = """
        UPDATE projects SET title_en = @TitleEn, title_bg = @TitleBg, description_en = @DescriptionEn, description_bg = @DescriptionBg,
                            type = @Type, statement_paragraphs = @StatementParagraphs, cooperation_areas = @CooperationAreas,
                            planned_start = @PlannedStart, planned_end = @PlannedEnd,
                            status = @Status, status_reason = @StatusReason, suspended_from = @SuspendedFrom,
                            actual_start = @ActualStart, actual_end = @ActualEnd, plan_approved_at = @PlanApprovedAt,
                            decision_id = @DecisionId, proposed_at = @ProposedAt, version = @Version
        WHERE id = @Id
        """;

    private const string SelectSql = $"SELECT {Columns} FROM projects WHERE id = @Id";

    // FOR UPDATE: a write holds the project, so writes to one project and its plan apply one after the other.
    private const string SelectForUpdateSql = $"SELECT {Columns} FROM projects WHERE id = @Id FOR UPDATE";

    private const string AgenciesSql = """
        SELECT project_id AS ProjectId, agency_id AS AgencyId, role AS Role
        FROM project_agencies WHERE project_id = ANY(@Ids) ORDER BY project_id, position
        """;

    private const string ListSql = $"""
        SELECT {Columns} FROM projects p
        WHERE (@Status::text IS NULL OR status = @Status) AND (@Type::text IS NULL OR type = @Type)
          AND (@Area::text IS NULL OR @Area = ANY(cooperation_areas))
          AND (@Agency::uuid IS NULL OR lead_agency_id = @Agency
               OR EXISTS (SELECT 1 FROM project_agencies a WHERE a.project_id = p.id AND a.agency_id = @Agency))
        ORDER BY created_at, id
        LIMIT @Limit OFFSET @Offset
        """;

    /// <summary>True when this call added the project; false when a project with its id was already here.</summary>
    public async Task<bool> TryInsertAsync(IDbSession session, Project project)
    {
        var inserted = await session.ExecuteAsync(InsertSql, new
        {
            project.Id, TitleEn = project.Title.En, TitleBg = project.Title.Bg,
            DescriptionEn = project.Description.En, DescriptionBg = project.Description.Bg,
            Type = project.Type is { } type ? StoredEnums.ToStored(type) : null,
            StatementParagraphs = project.StatementParagraphs.ToArray(),
            CooperationAreas = project.CooperationAreas.Select(StoredEnums.ToStored).ToArray(),
            project.LeadAgencyId, Status = StoredEnums.ToStored(project.Status), project.PlannedStart, project.PlannedEnd,
            project.DecisionId, project.Version, project.CreatedAt,
        }) == 1;
        if (inserted && project.Agencies.Count > 0)
        {
            await session.ExecuteAsync(InsertAgenciesSql, new
            {
                ProjectId = project.Id,
                AgencyIds = project.Agencies.Select(a => a.AgencyId).ToArray(),
                Roles = project.Agencies.Select(a => StoredEnums.ToStored(a.Role)).ToArray(),
            });
        }

        return inserted;
    }

    public Task UpdateAsync(IDbSession session, Project project) =>
        session.ExecuteAsync(UpdateSql, new
        {
            project.Id, TitleEn = project.Title.En, TitleBg = project.Title.Bg,
            DescriptionEn = project.Description.En, DescriptionBg = project.Description.Bg,
            Type = project.Type is { } type ? StoredEnums.ToStored(type) : null,
            StatementParagraphs = project.StatementParagraphs.ToArray(),
            CooperationAreas = project.CooperationAreas.Select(StoredEnums.ToStored).ToArray(),
            project.PlannedStart, project.PlannedEnd,
            Status = StoredEnums.ToStored(project.Status), project.StatusReason,
            SuspendedFrom = project.SuspendedFrom is { } from ? StoredEnums.ToStored(from) : null,
            project.ActualStart, project.ActualEnd, project.PlanApprovedAt, project.DecisionId, project.ProposedAt, project.Version,
        });

    public Task<Project> GetAsync(IDbSession session, Guid id) => LoadAsync(session, SelectSql, id);

    /// <summary>The project, its row held until the unit of work ends.</summary>
    public Task<Project> GetForUpdateAsync(IDbSession session, Guid id) => LoadAsync(session, SelectForUpdateSql, id);

    public async Task<IReadOnlyList<Project>> ListAsync(
        IDbSession session, ProjectStatus? status, ProjectType? type, CooperationAreaTag? area, Guid? agencyId, PageRequest page)
    {
        var rows = (await session.QueryAsync<ProjectRow>(ListSql, new
        {
            Status = status is { } s ? StoredEnums.ToStored(s) : null,
            Type = type is { } t ? StoredEnums.ToStored(t) : null,
            Area = area is { } a ? StoredEnums.ToStored(a) : null,
            Agency = agencyId,
            Limit = page.Size,
            page.Offset,
        })).ToList();
        return await WithAgenciesAsync(session, rows);
    }

    private async Task<Project> LoadAsync(IDbSession session, string sql, Guid id)
    {
        var row = await session.QuerySingleOrDefaultAsync<ProjectRow>(sql, new { Id = id })
            ?? throw new NotFoundException("project", id.ToString());
        return (await WithAgenciesAsync(session, [row]))[0];
    }

    private static async Task<IReadOnlyList<Project>> WithAgenciesAsync(IDbSession session, List<ProjectRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var agencies = (await session.QueryAsync<AgencyRow>(AgenciesSql, new { Ids = rows.Select(r => r.Id).ToArray() }))
            .ToLookup(a => a.ProjectId, a => new ProjectAgency(a.AgencyId, StoredEnums.FromStored<AgencyRole>(a.Role)));
        return rows.Select(row => ToDomain(row, agencies[row.Id].ToList())).ToList();
    }

    private static Project ToDomain(ProjectRow row, IReadOnlyList<ProjectAgency> agencies) => new(
        row.Id, new BilingualText(row.TitleEn, row.TitleBg), new BilingualText(row.DescriptionEn, row.DescriptionBg),
        row.Type is null ? null : StoredEnums.FromStored<ProjectType>(row.Type), row.StatementParagraphs,
        row.CooperationAreas.Select(StoredEnums.FromStored<CooperationAreaTag>).ToList(), row.LeadAgencyId, agencies,
        StoredEnums.FromStored<ProjectStatus>(row.Status), row.PlannedStart, row.PlannedEnd, row.CreatedAt, row.Version,
        row.DecisionId, row.StatusReason, row.SuspendedFrom is null ? null : StoredEnums.FromStored<ProjectStatus>(row.SuspendedFrom),
        row.ActualStart, row.ActualEnd, row.PlanApprovedAt, row.ProposedAt);

    private sealed class ProjectRow
    {
        public Guid Id { get; init; }
        public string TitleEn { get; init; } = "";
        public string TitleBg { get; init; } = "";
        public string DescriptionEn { get; init; } = "";
        public string DescriptionBg { get; init; } = "";
        public string? Type { get; init; }
        public string[] StatementParagraphs { get; init; } = [];
        public string[] CooperationAreas { get; init; } = [];
        public Guid LeadAgencyId { get; init; }
        public string Status { get; init; } = "";
        public string? StatusReason { get; init; }
        public string? SuspendedFrom { get; init; }
        public DateOnly? PlannedStart { get; init; }
        public DateOnly? PlannedEnd { get; init; }
        public DateOnly? ActualStart { get; init; }
        public DateOnly? ActualEnd { get; init; }
        public Guid? DecisionId { get; init; }
        public long Version { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? PlanApprovedAt { get; init; }
        public DateTimeOffset? ProposedAt { get; init; }
    }

    private sealed class AgencyRow
    {
        public Guid ProjectId { get; init; }
        public Guid AgencyId { get; init; }
        public string Role { get; init; } = "";
    }
}
