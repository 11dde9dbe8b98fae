using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.CapacityBuilding.Tests.Projects;
using Google.Type;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests;

/// <summary>The reads of a project's plan run the same small number of commands whether the project holds one item or many.</summary>
public sealed class PlanQueryCountTests(CapacityBuildingServiceFactory factory) : IClassFixture<CapacityBuildingServiceFactory>
{
    private static readonly Date Due = new() { Year = 2024, Month = 6, Day = 30 };

    [Fact]
    public async Task Plan_reads_run_a_fixed_number_of_commands_whatever_the_project_holds()
    {
        var small = await PlanWithAsync(1);
        var large = await PlanWithAsync(6);

        foreach (var (name, read) in Reads())
        {
            var one = await CountAsync(() => read(small));
            var many = await CountAsync(() => read(large));
            Assert.True(one == many, $"{name}: {one} commands for one item, {many} for six");
            Assert.InRange(many, 1, 8);
        }
    }

    private static IEnumerable<(string Name, Func<string, Task> Read)> Reads(CapacityBuildingServiceFactory f)
    {
        var channel = f.ChannelFor(Personas.Analyst);
        yield return ("ListPhases", id => new V1.PhasesService.PhasesServiceClient(channel).ListPhasesAsync(new V1.ListPhasesRequest { ProjectId = id }).ResponseAsync);
        yield return ("ListMilestones", id => new V1.MilestonesService.MilestonesServiceClient(channel).ListMilestonesAsync(new V1.ListMilestonesRequest { ProjectId = id }).ResponseAsync);
        yield return ("GetVarianceReport", id => new V1.MilestonesService.MilestonesServiceClient(channel).GetVarianceReportAsync(new V1.GetVarianceReportRequest { ProjectId = id }).ResponseAsync);
        yield return ("ListBudgets", id => new V1.BudgetsService.BudgetsServiceClient(channel).ListBudgetsAsync(new V1.ListBudgetsRequest { ProjectId = id }).ResponseAsync);
        yield return ("ListTransactions", id => new V1.BudgetsService.BudgetsServiceClient(channel).ListTransactionsAsync(new V1.ListTransactionsRequest { ProjectId = id, PageSize = 200 }).ResponseAsync);
        yield return ("GetBudgetSummary", id => new V1.BudgetsService.BudgetsServiceClient(channel).GetBudgetSummaryAsync(new V1.GetBudgetSummaryRequest { ProjectId = id }).ResponseAsync);
        yield return ("ListRisks", id => new V1.RisksService.RisksServiceClient(channel).ListRisksAsync(new V1.ListRisksRequest { ProjectId = id }).ResponseAsync);
        yield return ("ListResults", id => new V1.ResultsService.ResultsServiceClient(channel).ListResultsAsync(new V1.ListResultsRequest { ProjectId = id }).ResponseAsync);
    }

    private IEnumerable<(string Name, Func<string, Task> Read)> Reads() => Reads(factory);

    private Task<int> CountAsync(Func<Task> read) =>
        DbCommandCounter.FewestAsync(DbCommandCounter.DatabaseOf(factory.ConnectionString), read);

    // A project holding `count` of every kind of plan item, its plan approved.
    private async Task<string> PlanWithAsync(int count)
    {
        var lead = factory.ChannelFor(Personas.UkProjectLead);
        var project = await ProjectRequests.CreatedAsync(factory);
        var version = project.Version;
        for (var i = 0; i < count; i++)
        {
            var phase = new V1.AddPhaseRequest { ProjectId = project.Id, ProjectVersion = version, Name = $"Phase {i}", PlannedStart = Due, PlannedEnd = Due };
            phase.Criteria.Add(new V1.GateCriterionInput { Gate = V1.GateKind.Start, Text = "Ready" });
            version = (await new V1.PhasesService.PhasesServiceClient(lead).AddPhaseAsync(phase)).ProjectVersion;
            version = (await new V1.MilestonesService.MilestonesServiceClient(lead).AddMilestoneAsync(
                new V1.AddMilestoneRequest { ProjectId = project.Id, ProjectVersion = version, Title = $"Milestone {i}", DueOn = Due })).ProjectVersion;
            version = (await new V1.BudgetsService.BudgetsServiceClient(lead).AddBudgetAsync(new V1.AddBudgetRequest
            {
                ProjectId = project.Id, ProjectVersion = version, Kind = i == 0 ? V1.BudgetKind.Original : V1.BudgetKind.Revised, Status = V1.BudgetStatus.Committed,
                PeriodStart = new Date { Year = 2024, Month = 1, Day = 1 }, PeriodEnd = new Date { Year = 2024, Month = 12, Day = 31 },
                Amount = new Google.Type.Money { CurrencyCode = i % 2 == 0 ? "EUR" : "GBP", Units = 100 + i }, ValueDate = Due,
            })).ProjectVersion;
            version = (await new V1.BudgetsService.BudgetsServiceClient(lead).RecordTransactionAsync(new V1.RecordTransactionRequest
            {
                ProjectId = project.Id, ProjectVersion = version, Type = V1.TransactionType.Expenditure,
                Value = new Google.Type.Money { CurrencyCode = "EUR", Units = 10 }, ValueDate = Due, Description = "Equipment",
            })).ProjectVersion;
            version = (await new V1.RisksService.RisksServiceClient(lead).RecordRiskAsync(new V1.RecordRiskRequest
            {
                ProjectId = project.Id, ProjectVersion = version, Cause = "c", Event = $"e{i}", Effect = "f", Category = V1.RiskCategory.Technical,
                BeforeResponse = new V1.RiskRating { Likelihood = 2, Impact = 2 }, Proximity = V1.RiskProximity.WithinProject,
                Response = V1.RiskResponse.Accept, OwnerOfficialId = Guid.NewGuid().ToString(), ReviewOn = Due,
            })).ProjectVersion;
            var result = new V1.AddResultRequest { ProjectId = project.Id, ProjectVersion = version, Level = V1.ResultLevel.Output, Title = $"Result {i}" };
            result.Indicators.Add(new V1.IndicatorInput { Title = "Officers trained", Unit = "officers", Ascending = true, Baseline = "0", Target = "10" });
            var added = await new V1.ResultsService.ResultsServiceClient(lead).AddResultAsync(result);
            version = (await new V1.ResultsService.ResultsServiceClient(lead).ReportActualAsync(new V1.ReportActualRequest
            {
                ProjectId = project.Id, ProjectVersion = added.ProjectVersion, ResultId = added.Result.Id, IndicatorId = added.Result.Indicators[0].Id,
                PeriodStart = Due, PeriodEnd = Due, Value = "3",
            })).ProjectVersion;
        }

        await new V1.MilestonesService.MilestonesServiceClient(lead).ApprovePlanAsync(new V1.ApprovePlanRequest { ProjectId = project.Id, ProjectVersion = version });
        return project.Id;
    }
}
