using Cooperation.CapacityBuilding.Milestones;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.CapacityBuilding.Tests.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Google.Type;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Milestones;

public sealed class MilestonesRpcTests(CapacityBuildingServiceFactory factory) : IClassFixture<CapacityBuildingServiceFactory>
{
    // The factory's clock stands on 2023-11-13.
    private static readonly Date Yesterday = new() { Year = 2023, Month = 11, Day = 12 };
    private static readonly Date InAWeek = new() { Year = 2023, Month = 11, Day = 20 };
    private static readonly Date InAMonth = new() { Year = 2023, Month = 12, Day = 13 };

    private V1.MilestonesService.MilestonesServiceClient Client(string persona = Personas.UkProjectLead) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task A_milestone_achieved_after_its_baseline_date_is_announced_late_even_when_rescheduled()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var added = await Client().AddMilestoneAsync(new V1.AddMilestoneRequest { ProjectId = project.Id, ProjectVersion = project.Version, Title = "Scanners installed", DueOn = Yesterday });
        var approved = await Client().ApprovePlanAsync(new V1.ApprovePlanRequest { ProjectId = project.Id, ProjectVersion = added.ProjectVersion });
        var moved = await Client().RescheduleMilestoneAsync(new V1.RescheduleMilestoneRequest
        {
            ProjectId = project.Id, ProjectVersion = approved.ProjectVersion, MilestoneId = added.Milestone.Id, DueOn = InAWeek,
        });

        var achieved = await Client().AchieveMilestoneAsync(new V1.AchieveMilestoneRequest
        {
            ProjectId = project.Id, ProjectVersion = moved.ProjectVersion, MilestoneId = added.Milestone.Id,
            AchievedOn = new Date { Year = 2023, Month = 11, Day = 13 }, Evidence = "Acceptance report AR-7",
        });

        Assert.False(achieved.OnTime);
        Assert.Equal(V1.MilestoneStatus.Achieved, achieved.Milestone.Status);
        var announced = Assert.Single(await factory.OutboxAsync<MilestoneAchieved>(), e => e.MilestoneId.ToString() == added.Milestone.Id);
        Assert.Equal((new DateOnly(2023, 11, 12), false, Personas.UkBorderForce), (announced.DueOn, announced.OnTime, announced.LeadAgencyId));
        var variance = await Client(Personas.Analyst).GetVarianceReportAsync(new V1.GetVarianceReportRequest { ProjectId = project.Id });
        var line = Assert.Single(variance.Milestones);
        Assert.Equal((Yesterday, InAWeek, 1), (line.BaselineDueOn, line.DueOn, line.SlipDays));
        var listed = Assert.Single((await Client(Personas.Analyst).ListMilestonesAsync(new V1.ListMilestonesRequest { ProjectId = project.Id })).Milestones);
        Assert.Equal(achieved.Milestone, listed);
    }

    [Fact]
    public async Task The_service_marks_a_milestone_past_due_missed_once_and_announces_it()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var overdue = await Client().AddMilestoneAsync(new V1.AddMilestoneRequest { ProjectId = project.Id, ProjectVersion = project.Version, Title = "Survey done", DueOn = Yesterday });
        var later = await Client().AddMilestoneAsync(new V1.AddMilestoneRequest { ProjectId = project.Id, ProjectVersion = overdue.ProjectVersion, Title = "Report", DueOn = InAMonth });
        var check = factory.Services.GetRequiredService<MissedMilestoneCheck>();

        var first = await check.RunAsync(factory.Clock.GetUtcNow(), CancellationToken.None);
        var second = await check.RunAsync(factory.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Contains(first, m => m.MilestoneId.ToString() == overdue.Milestone.Id);
        Assert.DoesNotContain(first, m => m.MilestoneId.ToString() == later.Milestone.Id);
        Assert.DoesNotContain(second, m => m.MilestoneId.ToString() == overdue.Milestone.Id);
        var missed = Assert.Single(await factory.OutboxAsync<MilestoneMissed>(), e => e.MilestoneId.ToString() == overdue.Milestone.Id);
        Assert.Equal(new DateOnly(2023, 11, 12), missed.DueOn);
        var listed = (await Client().ListMilestonesAsync(new V1.ListMilestonesRequest { ProjectId = project.Id })).Milestones;
        Assert.Equal([V1.MilestoneStatus.Missed, V1.MilestoneStatus.Pending], listed.Select(m => m.Status));
        Assert.Contains(await factory.AuditOfAsync(MilestonesAudit.Milestone, overdue.Milestone.Id), r => r.Operation == "MarkMilestonesMissed");
    }

    [Fact]
    public async Task Milestone_writes_refuse_a_second_achievement_a_second_baseline_a_stale_version_and_unknown_ids()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var added = await Client().AddMilestoneAsync(new V1.AddMilestoneRequest { ProjectId = project.Id, ProjectVersion = project.Version, Title = "Installed", DueOn = InAWeek });
        var achieve = new V1.AchieveMilestoneRequest
        {
            ProjectId = project.Id, ProjectVersion = added.ProjectVersion, MilestoneId = added.Milestone.Id, AchievedOn = Yesterday, Evidence = "Report",
        };
        var achieved = await Client().AchieveMilestoneAsync(achieve);
        Assert.True(achieved.OnTime);

        await RpcAssert.FailedPreconditionAsync(ProjectRules.StaleVersion, () => Client().AchieveMilestoneAsync(achieve).ResponseAsync);
        achieve.ProjectVersion = achieved.ProjectVersion;
        await RpcAssert.FailedPreconditionAsync(MilestoneRules.AchievedMilestonesStayAchieved, () => Client().AchieveMilestoneAsync(achieve).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(MilestoneRules.VarianceNeedsABaseline,
            () => Client().GetVarianceReportAsync(new V1.GetVarianceReportRequest { ProjectId = project.Id }).ResponseAsync);
        var approved = await Client().ApprovePlanAsync(new V1.ApprovePlanRequest { ProjectId = project.Id, ProjectVersion = achieved.ProjectVersion });
        await RpcAssert.FailedPreconditionAsync(MilestoneRules.ThePlanIsBaselinedOnce,
            () => Client().ApprovePlanAsync(new V1.ApprovePlanRequest { ProjectId = project.Id, ProjectVersion = approved.ProjectVersion }).ResponseAsync);
        achieve.ProjectVersion = approved.ProjectVersion;
        achieve.MilestoneId = Guid.NewGuid().ToString();
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().AchieveMilestoneAsync(achieve).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().ListMilestonesAsync(new V1.ListMilestonesRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().GetVarianceReportAsync(new V1.GetVarianceReportRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task The_variance_report_shows_committed_budget_drift_per_currency_against_the_baseline()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var budgets = new V1.BudgetsService.BudgetsServiceClient(factory.ChannelFor(Personas.UkProjectLead));
        var budget = new V1.AddBudgetRequest
        {
            ProjectId = project.Id, ProjectVersion = project.Version, Kind = V1.BudgetKind.Original, Status = V1.BudgetStatus.Committed,
            PeriodStart = new Date { Year = 2024, Month = 1, Day = 1 }, PeriodEnd = new Date { Year = 2024, Month = 12, Day = 31 },
            Amount = new Google.Type.Money { CurrencyCode = "EUR", Units = 1000 }, ValueDate = new Date { Year = 2024, Month = 1, Day = 1 },
        };
        var original = await budgets.AddBudgetAsync(budget);
        var approved = await Client().ApprovePlanAsync(new V1.ApprovePlanRequest { ProjectId = project.Id, ProjectVersion = original.ProjectVersion });
        budget.ProjectVersion = approved.ProjectVersion;
        budget.Kind = V1.BudgetKind.Revised;
        budget.Amount = new Google.Type.Money { CurrencyCode = "EUR", Units = 1250 };
        var revised = await budgets.AddBudgetAsync(budget);
        budget.ProjectVersion = revised.ProjectVersion;
        budget.Kind = V1.BudgetKind.Original;
        budget.Amount = new Google.Type.Money { CurrencyCode = "GBP", Units = 300 };
        await budgets.AddBudgetAsync(budget);

        var report = await Client(Personas.Analyst).GetVarianceReportAsync(new V1.GetVarianceReportRequest { ProjectId = project.Id });

        Assert.Equal([("EUR", 1000L, 1250L, 250L), ("GBP", 0L, 300L, 300L)],
            report.Budgets.Select(b => (b.Currency, b.BaselineCommitted.Units, b.CommittedNow.Units, b.Drift.Units)));
        Assert.All(report.Budgets, b => Assert.Equal(b.Currency, b.Drift.CurrencyCode));
    }

    [Fact]
    public async Task Milestone_writes_name_every_bad_field()
    {
        foreach (var field in new[] { "project_id", "project_version", "title", "due_on" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().AddMilestoneAsync(new V1.AddMilestoneRequest { ProjectId = "x" }).ResponseAsync);
        }

        foreach (var field in new[] { "milestone_id", "achieved_on", "evidence" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().AchieveMilestoneAsync(new V1.AchieveMilestoneRequest
            {
                ProjectId = Guid.NewGuid().ToString(), ProjectVersion = 1, AchievedOn = new Date { Year = 2030, Month = 1, Day = 1 },
            }).ResponseAsync);
        }

        await RpcAssert.InvalidArgumentAsync("due_on", () => Client().RescheduleMilestoneAsync(new V1.RescheduleMilestoneRequest
        {
            ProjectId = Guid.NewGuid().ToString(), ProjectVersion = 1, MilestoneId = Guid.NewGuid().ToString(), DueOn = new Date { Year = 2024 },
        }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("project_version", () => Client().ApprovePlanAsync(new V1.ApprovePlanRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("project_id", () => Client().ListMilestonesAsync(new V1.ListMilestonesRequest()).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("project_id", () => Client().GetVarianceReportAsync(new V1.GetVarianceReportRequest()).ResponseAsync);
    }

    [Fact]
    public async Task Milestone_writes_by_another_agency_or_a_reader_are_permission_denied()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var request = new V1.AddMilestoneRequest { ProjectId = project.Id, ProjectVersion = project.Version, Title = "Installed", DueOn = InAWeek };

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => new V1.MilestonesService.MilestonesServiceClient(factory.ChannelFor(Personas.BgProjectLead)).AddMilestoneAsync(request).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).AddMilestoneAsync(request).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).ApprovePlanAsync(
            new V1.ApprovePlanRequest { ProjectId = project.Id, ProjectVersion = project.Version }).ResponseAsync);
    }
}
