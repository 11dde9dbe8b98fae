using System.Data.Common;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Projects;
using Dapper;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>Stores project proposals with their cooperation areas and lead agencies.</summary>
public sealed class ProjectRepository(IDbConnectionFactory connections, TimeProvider clock)
{
    private const string InsertSql = """
        INSERT INTO project_proposals (id, title, summary, workstream, status, decision_id, proposed_at, updated_at)
        VALUES (@Id, @Title, @Summary, @Workstream, @Status, NULL, @ProposedAt, @ProposedAt)
        """;

    private const string InsertAreaSql = "INSERT INTO project_cooperation_areas (project_id, position, area) VALUES (@ProjectId, @Position, @Area)";

    private const string InsertLeadSql = "INSERT INTO project_lead_agencies (project_id, agency_id) VALUES (@ProjectId, @AgencyId)";

    // agreed_at is stamped once, by the change that sets the decision.
    private const string UpdateSql = """
        UPDATE project_proposals
        SET status = @Status, decision_id = @DecisionId, commenced_on = @CommencedOn, completed_on = @CompletedOn,
            agreed_at = CASE WHEN agreed_at IS NULL AND @DecisionId IS NOT NULL THEN @Now ELSE agreed_at END,
            updated_at = @Now
        WHERE id = @Id
        """;

    private const string SelectSql = """
        SELECT id AS Id, title AS Title, summary AS Summary, workstream AS Workstream, status AS Status,
               decision_id AS DecisionId, proposed_at AS ProposedAt, commenced_on AS CommencedOn, completed_on AS CompletedOn
        FROM project_proposals WHERE id = @Id
        """;

    private const string SelectAreasSql = "SELECT area FROM project_cooperation_areas WHERE project_id = @Id ORDER BY position";

    private const string SelectLeadsSql = "SELECT agency_id FROM project_lead_agencies WHERE project_id = @Id ORDER BY agency_id";

    private const string ListSql = """
        SELECT id FROM project_proposals
        WHERE (@Status IS NULL OR status = @Status) AND (@Workstream IS NULL OR workstream = @Workstream)
        ORDER BY proposed_at, id
        LIMIT @Limit OFFSET @Offset
        """;

    public async Task InsertAsync(IUnitOfWork unitOfWork, ProjectProposal project, CancellationToken cancellationToken)
    {
        await Execute(unitOfWork, InsertSql, new
        {
            project.Id, project.Title, project.Summary, Workstream = Text(project.Workstream), Status = Text(project.Status), project.ProposedAt,
        }, cancellationToken);
        for (var i = 0; i < project.CooperationAreas.Count; i++)
        {
            await Execute(unitOfWork, InsertAreaSql, new { ProjectId = project.Id, Position = i + 1, Area = project.CooperationAreas[i] }, cancellationToken);
        }

        foreach (var agencyId in project.LeadAgencyIds)
        {
            await Execute(unitOfWork, InsertLeadSql, new { ProjectId = project.Id, AgencyId = agencyId }, cancellationToken);
        }
    }

    public Task UpdateAsync(IUnitOfWork unitOfWork, ProjectProposal project, CancellationToken cancellationToken) =>
        Execute(unitOfWork, UpdateSql, new
        {
            project.Id, Status = Text(project.Status), project.DecisionId,
            project.CommencedOn, project.CompletedOn, Now = clock.GetUtcNow(),
        }, cancellationToken);

    public Task<ProjectProposal?> FindAsync(IUnitOfWork unitOfWork, Guid id, CancellationToken cancellationToken) =>
        LoadAsync(unitOfWork.Connection, unitOfWork.Transaction, id, cancellationToken);

    public async Task<ProjectProposal> GetAsync(IUnitOfWork unitOfWork, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(unitOfWork, id, cancellationToken) ?? throw new NotFoundException("project", id.ToString());

    public async Task<ProjectProposal> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await LoadAsync(connection, null, id, cancellationToken) ?? throw new NotFoundException("project", id.ToString());
    }

    public async Task<IReadOnlyList<ProjectProposal>> ListAsync(
        ProjectStatus? status, Workstream? workstream, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(ListSql, new
        {
            Status = status is null ? null : Text(status.Value),
            Workstream = workstream is null ? null : Text(workstream.Value),
            Limit = page.Size,
            page.Offset,
        }, cancellationToken: cancellationToken));
        var projects = new List<ProjectProposal>();
        foreach (var id in ids)
        {
            projects.Add((await LoadAsync(connection, null, id, cancellationToken))!);
        }

        return projects;
    }

    internal static string Text(ProjectStatus status) => status.ToString().ToLowerInvariant();

    private static string Text(Workstream workstream) => workstream == Workstream.Training ? "training" : "capacity_building";

    private static async Task<ProjectProposal?> LoadAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        var args = new { Id = id };
        var row = await connection.QuerySingleOrDefaultAsync<ProjectRow>(new CommandDefinition(SelectSql, args, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var areas = await connection.QueryAsync<string>(new CommandDefinition(SelectAreasSql, args, transaction, cancellationToken: cancellationToken));
        var leads = await connection.QueryAsync<Guid>(new CommandDefinition(SelectLeadsSql, args, transaction, cancellationToken: cancellationToken));
        return new ProjectProposal(
            row.Id, row.Title, row.Summary, row.Workstream == "training" ? Workstream.Training : Workstream.CapacityBuilding,
            areas.ToList(), leads.ToList(), Enum.Parse<ProjectStatus>(row.Status, ignoreCase: true), row.ProposedAt,
            row.DecisionId, row.CommencedOn, row.CompletedOn);
    }

    private static Task<int> Execute(IUnitOfWork unitOfWork, string sql, object args, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(new CommandDefinition(sql, args, unitOfWork.Transaction, cancellationToken: cancellationToken));

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
}
