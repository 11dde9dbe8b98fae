using Cooperation.BuildingBlocks.Audit;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.CapacityBuilding.Risks;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.CapacityBuilding.Tests.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Google.Type;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Risks;

public sealed class RisksRpcTests(CapacityBuildingServiceFactory factory) : IClassFixture<CapacityBuildingServiceFactory>
{
    // The factory's clock stands on 2023-11-13.
    private static readonly Date NextMonth = new() { Year = 2023, Month = 12, Day = 13 };

    private V1.RisksService.RisksServiceClient Client(string persona = Personas.UkProjectLead) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task A_high_risk_is_assessed_and_escalated_once_and_its_review_with_a_response_lowers_it()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var recorded = await Client().RecordRiskAsync(NewRisk(project, likelihood: 4, impact: 5));
        Assert.Equal((20, true), (recorded.Risk.Score, recorded.Risk.High));

        var reviewed = await Client().ReviewRiskAsync(Review(project.Id, recorded.ProjectVersion, recorded.Risk.Id, 4, 5, after: (2, 3)));
        var unchanged = await Client().ReviewRiskAsync(Review(project.Id, reviewed.ProjectVersion, recorded.Risk.Id, 4, 5, after: (2, 3)));

        Assert.Equal((6, false), (reviewed.Risk.Score, reviewed.Risk.High));
        Assert.NotNull(unchanged.Risk.ReviewedAt);
        var escalated = Assert.Single(await factory.OutboxAsync<RiskEscalated>(), e => e.RiskId.ToString() == recorded.Risk.Id);
        Assert.Equal((RiskEscalationReason.HighScore, 20, project.TitleEn, "Scanners are not delivered on time"),
            (escalated.Reason, escalated.Score, escalated.ProjectTitle, escalated.RiskEvent));
        var assessed = (await factory.OutboxAsync<RiskAssessed>()).Where(e => e.RiskId.ToString() == recorded.Risk.Id).ToList();
        Assert.Equal([(20, true), (6, false), (6, false)], assessed.Select(a => (a.Score, a.IsHigh)));
        var listed = Assert.Single((await Client(Personas.Analyst).ListRisksAsync(new V1.ListRisksRequest { ProjectId = project.Id })).Risks);
        Assert.Equal(unchanged.Risk, listed);
        Assert.Contains(await factory.AuditOfAsync(ProjectsAudit.Project, project.Id), r => r.Action == AuditAction.Read && r.Operation == "ListRisks");
    }

    [Fact]
    public async Task A_risk_whose_review_is_overdue_is_escalated_once_by_the_service()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var recorded = await Client().RecordRiskAsync(NewRisk(project, likelihood: 2, impact: 2));
        var check = factory.Services.GetRequiredService<RiskReviewCheck>();
        var afterReviewDate = new DateTimeOffset(2023, 12, 14, 6, 0, 0, TimeSpan.Zero);

        var onTheDay = await check.RunAsync(new DateTimeOffset(2023, 12, 13, 6, 0, 0, TimeSpan.Zero), CancellationToken.None);
        var first = await check.RunAsync(afterReviewDate, CancellationToken.None);
        var second = await check.RunAsync(afterReviewDate.AddDays(1), CancellationToken.None);

        Assert.DoesNotContain(onTheDay, r => r.RiskId.ToString() == recorded.Risk.Id);
        Assert.Contains(first, r => r.RiskId.ToString() == recorded.Risk.Id);
        Assert.DoesNotContain(second, r => r.RiskId.ToString() == recorded.Risk.Id);
        var escalated = Assert.Single(await factory.OutboxAsync<RiskEscalated>(), e => e.RiskId.ToString() == recorded.Risk.Id);
        Assert.Equal((RiskEscalationReason.ReviewOverdue, 4), (escalated.Reason, escalated.Score));
    }

    [Fact]
    public async Task A_materialised_risk_names_the_milestone_it_hit_and_closed_risks_stay_closed()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var milestone = await new V1.MilestonesService.MilestonesServiceClient(factory.ChannelFor(Personas.UkProjectLead)).AddMilestoneAsync(
            new V1.AddMilestoneRequest { ProjectId = project.Id, ProjectVersion = project.Version, Title = "Scanners installed", DueOn = NextMonth });
        var recorded = await Client().RecordRiskAsync(NewRisk(project, 3, 3, milestone.ProjectVersion));

        var unknownMilestone = new V1.MaterialiseRiskRequest
        {
            ProjectId = project.Id, ProjectVersion = recorded.ProjectVersion, RiskId = recorded.Risk.Id, MilestoneId = Guid.NewGuid().ToString(),
        };
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().MaterialiseRiskAsync(unknownMilestone).ResponseAsync);
        var materialised = await Client().MaterialiseRiskAsync(new V1.MaterialiseRiskRequest
        {
            ProjectId = project.Id, ProjectVersion = recorded.ProjectVersion, RiskId = recorded.Risk.Id, MilestoneId = milestone.Milestone.Id,
        });
        await RpcAssert.FailedPreconditionAsync(RiskRules.OnlyOpenRisksMaterialise, () => Client().MaterialiseRiskAsync(new V1.MaterialiseRiskRequest
        {
            ProjectId = project.Id, ProjectVersion = materialised.ProjectVersion, RiskId = recorded.Risk.Id,
        }).ResponseAsync);
        var closed = await Client().CloseRiskAsync(new V1.CloseRiskRequest { ProjectId = project.Id, ProjectVersion = materialised.ProjectVersion, RiskId = recorded.Risk.Id });

        Assert.Equal((V1.RiskStatus.Materialised, milestone.Milestone.Id), (materialised.Risk.Status, materialised.Risk.HitMilestoneId));
        Assert.Equal(V1.RiskStatus.Closed, closed.Risk.Status);
        await RpcAssert.FailedPreconditionAsync(RiskRules.ClosedRisksStayClosed, () => Client().CloseRiskAsync(
            new V1.CloseRiskRequest { ProjectId = project.Id, ProjectVersion = closed.ProjectVersion, RiskId = recorded.Risk.Id }).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(ProjectRules.StaleVersion, () => Client().CloseRiskAsync(
            new V1.CloseRiskRequest { ProjectId = project.Id, ProjectVersion = materialised.ProjectVersion, RiskId = recorded.Risk.Id }).ResponseAsync);
        Assert.False(Assert.Single(await factory.OutboxAsync<RiskAssessed>(), e => e.RiskId.ToString() == recorded.Risk.Id && !e.IsOpen).IsHigh);
    }

    [Fact]
    public async Task Risk_calls_name_every_bad_field_and_answer_not_found()
    {
        var bad = new V1.RecordRiskRequest
        {
            ProjectId = "x", BeforeResponse = new V1.RiskRating { Likelihood = 0, Impact = 6 }, AfterResponse = new V1.RiskRating { Likelihood = 9, Impact = 1 },
            OwnerOfficialId = "", ActioneeOfficialId = "nope", ReviewOn = new Date { Year = 2023, Month = 1, Day = 1 },
        };
        foreach (var field in new[] { "project_id", "project_version", "cause", "event", "effect", "category", "before_response.likelihood",
                     "before_response.impact", "after_response.likelihood", "proximity", "response", "owner_official_id", "actionee_official_id", "review_on" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().RecordRiskAsync(bad).ResponseAsync);
        }

        await RpcAssert.InvalidArgumentAsync("before_response", () => Client().ReviewRiskAsync(new V1.ReviewRiskRequest()).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("risk_id", () => Client().CloseRiskAsync(new V1.CloseRiskRequest()).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("milestone_id", () => Client().MaterialiseRiskAsync(new V1.MaterialiseRiskRequest { MilestoneId = "x" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("project_id", () => Client().ListRisksAsync(new V1.ListRisksRequest()).ResponseAsync);
        var project = await ProjectRequests.CreatedAsync(factory);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().CloseRiskAsync(
            new V1.CloseRiskRequest { ProjectId = project.Id, ProjectVersion = project.Version, RiskId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().ListRisksAsync(new V1.ListRisksRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task Risk_writes_by_another_agency_or_a_reader_are_permission_denied()
    {
        var project = await ProjectRequests.CreatedAsync(factory);

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => new V1.RisksService.RisksServiceClient(factory.ChannelFor(Personas.BgProjectLead)).RecordRiskAsync(NewRisk(project, 1, 1)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).RecordRiskAsync(NewRisk(project, 1, 1)).ResponseAsync);
    }

    private static V1.RecordRiskRequest NewRisk(V1.Project project, int likelihood, int impact, long? version = null) => new()
    {
        ProjectId = project.Id, ProjectVersion = version ?? project.Version,
        Cause = "The only certified supplier is in administration", Event = "Scanners are not delivered on time", Effect = "Installation slips by a quarter",
        Category = V1.RiskCategory.Operational, BeforeResponse = new V1.RiskRating { Likelihood = likelihood, Impact = impact },
        Proximity = V1.RiskProximity.WithinPhase, Response = V1.RiskResponse.Reduce,
        OwnerOfficialId = Guid.NewGuid().ToString(), ActioneeOfficialId = Guid.NewGuid().ToString(), ReviewOn = NextMonth,
    };

    private static V1.ReviewRiskRequest Review(string projectId, long version, string riskId, int likelihood, int impact, (int L, int I) after) => new()
    {
        ProjectId = projectId, ProjectVersion = version, RiskId = riskId,
        BeforeResponse = new V1.RiskRating { Likelihood = likelihood, Impact = impact },
        AfterResponse = new V1.RiskRating { Likelihood = after.L, Impact = after.I },
        Proximity = V1.RiskProximity.WithinPhase, Response = V1.RiskResponse.Fallback, ReviewOn = NextMonth,
    };
}
