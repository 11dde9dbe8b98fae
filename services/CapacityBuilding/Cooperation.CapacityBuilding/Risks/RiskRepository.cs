using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Risks;

/// <summary>A risk whose review the service found overdue, with what its escalation needs.</summary>
public sealed record OverdueRisk(Guid RiskId, Guid ProjectId, string ProjectTitle, Guid LeadAgencyId, string Event, int Score);

/// <summary>Stores the risk register.</summary>
public sealed class RiskRepository
{
    private const string Columns = """
        id AS Id, project_id AS ProjectId, cause AS Cause, event AS Event, effect AS Effect, category AS Category,
        likelihood_before AS LikelihoodBefore, impact_before AS ImpactBefore, likelihood_after AS LikelihoodAfter,
        impact_after AS ImpactAfter, proximity AS Proximity, response AS Response, owner_official_id AS OwnerOfficialId,
        actionee_official_id AS ActioneeOfficialId, review_on AS ReviewOn, status AS Status, hit_milestone_id AS HitMilestoneId,
        created_at AS CreatedAt, reviewed_at AS ReviewedAt, high_escalated AS HighEscalated, review_escalated_for AS ReviewEscalatedFor
        """;

    private const string InsertSql = """
        INSERT INTO risks (id, project_id, cause, event, effect, category, likelihood_before, impact_before, likelihood_after, impact_after,
                           proximity, response, owner_official_id, actionee_official_id, review_on, status, created_at, high_escalated)
        VALUES (@Id, @ProjectId, @Cause, @Event, @Effect, @Category, @LikelihoodBefore, @ImpactBefore, @LikelihoodAfter, @ImpactAfter,
                @Proximity, @Response, @OwnerOfficialId, @ActioneeOfficialId, @ReviewOn, @Status, @CreatedAt, @HighEscalated)
        """;

    private const string UpdateSql = """
        UPDATE risks SET likelihood_before = @LikelihoodBefore, impact_before = @ImpactBefore, likelihood_after = @LikelihoodAfter,
                         impact_after = @ImpactAfter, proximity = @Proximity, response = @Response, review_on = @ReviewOn,
                         status = @Status, hit_milestone_id = @HitMilestoneId, reviewed_at = @ReviewedAt, high_escalated = @HighEscalated
        WHERE id = @Id
        """;

    private const string SelectSql = $"SELECT {Columns} FROM risks WHERE id = @Id AND project_id = @ProjectId";

    private const string ListSql = $"""
        SELECT {Columns} FROM risks WHERE project_id = @ProjectId
        ORDER BY COALESCE(likelihood_after * impact_after, likelihood_before * impact_before) DESC, created_at, id
        """;

    // One statement claims every newly overdue review: concurrent passes (replicas) serialise on
    // the rows, and a claimed row no longer matches (review_escalated_for = review_on).
    private const string ClaimOverdueSql = """
        UPDATE risks r SET review_escalated_for = r.review_on
        FROM projects p
        WHERE p.id = r.project_id AND r.status <> 'closed' AND r.review_on < @Today
          AND r.review_escalated_for IS DISTINCT FROM r.review_on AND p.status NOT IN ('closed', 'cancelled')
        RETURNING r.id AS RiskId, r.project_id AS ProjectId, p.title_en AS ProjectTitle, p.lead_agency_id AS LeadAgencyId,
                  r.event AS Event, COALESCE(r.likelihood_after * r.impact_after, r.likelihood_before * r.impact_before) AS Score
        """;

    public Task InsertAsync(IDbSession session, Risk risk) => session.ExecuteAsync(InsertSql, Parameters(risk));

    public Task UpdateAsync(IDbSession session, Risk risk) => session.ExecuteAsync(UpdateSql, Parameters(risk));

    /// <summary>One risk of the project; NotFound when it is not the project's.</summary>
    public async Task<Risk> GetAsync(IDbSession session, Guid projectId, Guid riskId) =>
        ToDomain(await session.QuerySingleOrDefaultAsync<RiskRow>(SelectSql, new { Id = riskId, ProjectId = projectId })
            ?? throw new NotFoundException("risk", riskId.ToString()));

    public async Task<IReadOnlyList<Risk>> ListAsync(IDbSession session, Guid projectId) =>
        (await session.QueryAsync<RiskRow>(ListSql, new { ProjectId = projectId })).Select(ToDomain).ToList();

    /// <summary>Claims every open risk whose review date is before <paramref name="today"/> and not yet escalated for that date.</summary>
    public Task<IReadOnlyList<OverdueRisk>> ClaimOverdueReviewsAsync(IDbSession session, DateOnly today) =>
        session.QueryAsync<OverdueRisk>(ClaimOverdueSql, new { Today = today });

    private static object Parameters(Risk risk) => new
    {
        risk.Id, risk.ProjectId, risk.Cause, risk.Event, risk.Effect, Category = StoredEnums.ToStored(risk.Category),
        LikelihoodBefore = risk.BeforeResponse.Likelihood, ImpactBefore = risk.BeforeResponse.Impact,
        LikelihoodAfter = risk.AfterResponse?.Likelihood, ImpactAfter = risk.AfterResponse?.Impact,
        Proximity = StoredEnums.ToStored(risk.Proximity), Response = StoredEnums.ToStored(risk.Response),
        risk.OwnerOfficialId, risk.ActioneeOfficialId, risk.ReviewOn, Status = StoredEnums.ToStored(risk.Status),
        risk.HitMilestoneId, risk.CreatedAt, risk.ReviewedAt, risk.HighEscalated,
    };

    private static Risk ToDomain(RiskRow r) => new(
        r.Id, r.ProjectId, r.Cause, r.Event, r.Effect, StoredEnums.FromStored<RiskCategory>(r.Category),
        new RiskRating(r.LikelihoodBefore, r.ImpactBefore),
        r.LikelihoodAfter is { } l && r.ImpactAfter is { } i ? new RiskRating(l, i) : null,
        StoredEnums.FromStored<RiskProximity>(r.Proximity), StoredEnums.FromStored<RiskResponse>(r.Response),
        r.OwnerOfficialId, r.ActioneeOfficialId, r.ReviewOn, StoredEnums.FromStored<RiskStatus>(r.Status), r.CreatedAt,
        r.HitMilestoneId, r.ReviewedAt, r.HighEscalated, r.ReviewEscalatedFor);

    private sealed class RiskRow
    {
        public Guid Id { get; init; }
        public Guid ProjectId { get; init; }
        public string Cause { get; init; } = "";
        public string Event { get; init; } = "";
        public string Effect { get; init; } = "";
        public string Category { get; init; } = "";
        public int LikelihoodBefore { get; init; }
        public int ImpactBefore { get; init; }
        public int? LikelihoodAfter { get; init; }
        public int? ImpactAfter { get; init; }
        public string Proximity { get; init; } = "";
        public string Response { get; init; } = "";
        public Guid OwnerOfficialId { get; init; }
        public Guid? ActioneeOfficialId { get; init; }
        public DateOnly ReviewOn { get; init; }
        public string Status { get; init; } = "";
        public Guid? HitMilestoneId { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? ReviewedAt { get; init; }
        public bool HighEscalated { get; init; }
        public DateOnly? ReviewEscalatedFor { get; init; }
    }
}
