using Cooperation.CapacityBuilding.Budgets;
using Cooperation.CapacityBuilding.Money;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.CapacityBuilding.Tests.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Google.Type;
using Grpc.Core;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Budgets;

public sealed class BudgetsRpcTests(CapacityBuildingServiceFactory factory) : IClassFixture<CapacityBuildingServiceFactory>
{
    private static readonly Date Jan1 = new() { Year = 2024, Month = 1, Day = 1 };
    private static readonly Date Dec31 = new() { Year = 2024, Month = 12, Day = 31 };

    private V1.BudgetsService.BudgetsServiceClient Client(string persona = Personas.UkProjectLead) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task Budgets_and_transactions_report_execution_per_currency_with_overspend_and_announce_each_change()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var version = project.Version;
        version = (await Client().AddBudgetAsync(Budget(project.Id, version, V1.BudgetKind.Original, 1000m, "EUR"))).ProjectVersion;
        version = (await Client().AddBudgetAsync(Budget(project.Id, version, V1.BudgetKind.Revised, 800m, "EUR"))).ProjectVersion;
        version = (await Client().AddBudgetAsync(Budget(project.Id, version, V1.BudgetKind.Original, 500m, "GBP"))).ProjectVersion;
        version = (await Client().RecordTransactionAsync(Tx(project.Id, version, V1.TransactionType.Expenditure, 850.25m, "EUR"))).ProjectVersion;
        var recorded = await Client().RecordTransactionAsync(Tx(project.Id, version, V1.TransactionType.Disbursement, 120m, "GBP"));

        var summary = await Client(Personas.Analyst).GetBudgetSummaryAsync(new V1.GetBudgetSummaryRequest { ProjectId = project.Id });

        Assert.Equal(["EUR", "GBP"], summary.Currencies.Select(c => c.Currency));
        var eur = summary.Currencies[0];
        Assert.Equal((800m, 850.25m, true), (Amount(eur.CommittedBudget), Amount(eur.Spent), eur.Overspent));
        Assert.Equal(-50.25m, Amount(Assert.Single(eur.Periods).Remaining));
        Assert.False(summary.Currencies[1].Overspent);
        Assert.Equal(3, (await Client().ListBudgetsAsync(new V1.ListBudgetsRequest { ProjectId = project.Id })).Budgets.Count);
        var page = await Client().ListTransactionsAsync(new V1.ListTransactionsRequest { ProjectId = project.Id, PageSize = 1 });
        var next = await Client().ListTransactionsAsync(new V1.ListTransactionsRequest { ProjectId = project.Id, PageSize = 1, PageToken = page.NextPageToken });
        Assert.Equal([V1.TransactionType.Disbursement, V1.TransactionType.Expenditure], page.Transactions.Concat(next.Transactions).Select(t => t.Type).Order());
        var announced = (await factory.OutboxAsync<BudgetExecutionChanged>()).Where(e => e.ProjectId.ToString() == project.Id).ToList();
        Assert.Equal(5, announced.Count);
        Assert.Equal(("GBP", 500m, 120m), (announced[^1].Currency, announced[^1].CommittedBudget, announced[^1].Spent));
        Assert.Equal(("EUR", 800m, 850.25m), (announced[3].Currency, announced[3].CommittedBudget, announced[3].Spent));
        Assert.Equal(6, recorded.ProjectVersion);
    }

    [Fact]
    public async Task A_bgn_amount_dated_2026_is_refused_with_the_changeover_while_bgn_history_is_kept_and_can_be_redenominated()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var history = await Client().AddBudgetAsync(Budget(project.Id, project.Version, V1.BudgetKind.Original, 1955.83m, "BGN"));
        var late = Tx(project.Id, history.ProjectVersion, V1.TransactionType.Expenditure, 10m, "BGN");
        late.ValueDate = new Date { Year = 2026, Month = 1, Day = 1 };

        var refused = await RpcAssert.ThrowsAsync(StatusCode.FailedPrecondition, () => Client().RecordTransactionAsync(late).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(MoneyRules.NoNewBgnAmountsFrom2026, () => Client().RecordTransactionAsync(late).ResponseAsync);
        var redenominated = await Client().GetBudgetSummaryAsync(new V1.GetBudgetSummaryRequest { ProjectId = project.Id, RedenominateBgn = true });
        var plain = await Client().GetBudgetSummaryAsync(new V1.GetBudgetSummaryRequest { ProjectId = project.Id });

        Assert.Contains("1 January 2026", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(("BGN", 1955.83m), (plain.Currencies[0].Currency, Amount(plain.Currencies[0].CommittedBudget)));
        Assert.True(redenominated.BgnRedenominated);
        Assert.Equal(("EUR", 1000m), (redenominated.Currencies[0].Currency, Amount(redenominated.Currencies[0].CommittedBudget)));
    }

    [Fact]
    public async Task The_converted_report_uses_the_callers_rates_shows_each_and_needs_one_for_every_currency()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var version = (await Client().AddBudgetAsync(Budget(project.Id, project.Version, V1.BudgetKind.Original, 100m, "GBP"))).ProjectVersion;
        version = (await Client().AddBudgetAsync(Budget(project.Id, version, V1.BudgetKind.Original, 195.58m, "BGN"))).ProjectVersion;
        await Client().AddBudgetAsync(Budget(project.Id, version, V1.BudgetKind.Original, 10m, "EUR"));
        var request = new V1.GetConvertedBudgetReportRequest { ProjectId = project.Id, TargetCurrency = "EUR" };

        await RpcAssert.InvalidArgumentAsync("rates", () => Client().GetConvertedBudgetReportAsync(request).ResponseAsync);
        request.Rates.Add(new V1.ExchangeRate { Currency = "GBP", Rate = "1.1650" });
        var report = await Client(Personas.Analyst).GetConvertedBudgetReportAsync(request);

        Assert.Equal([("BGN", V1.RateKind.EuroChangeover, "1.95583", 100m), ("EUR", V1.RateKind.SameCurrency, "1", 10m), ("GBP", V1.RateKind.Table, "1.1650", 116.50m)],
            report.Currencies.Select(c => (c.Original.Currency, c.RateKind, c.Rate, Amount(c.CommittedBudget))));
        Assert.Equal(226.50m, Amount(report.CommittedBudget));
        Assert.Equal("EUR", report.CommittedBudget.CurrencyCode);
        request.Rates.Add(new V1.ExchangeRate { Currency = "BGN", Rate = "0.5" });
        await RpcAssert.InvalidArgumentAsync("rates[1].currency", () => Client().GetConvertedBudgetReportAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task Budget_writes_refuse_a_long_period_a_second_original_and_a_stale_version()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var tooLong = Budget(project.Id, project.Version, V1.BudgetKind.Original, 1m, "EUR");
        tooLong.PeriodEnd = new Date { Year = 2025, Month = 1, Day = 1 };
        await RpcAssert.FailedPreconditionAsync(BudgetRules.BudgetPeriodsSpanAtMost12Months, () => Client().AddBudgetAsync(tooLong).ResponseAsync);
        var first = await Client().AddBudgetAsync(Budget(project.Id, project.Version, V1.BudgetKind.Original, 1m, "EUR"));

        await RpcAssert.FailedPreconditionAsync(ProjectRules.StaleVersion,
            () => Client().AddBudgetAsync(Budget(project.Id, project.Version, V1.BudgetKind.Revised, 2m, "EUR")).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(BudgetRules.OneOriginalBudgetPerPeriodAndCurrency,
            () => Client().AddBudgetAsync(Budget(project.Id, first.ProjectVersion, V1.BudgetKind.Original, 2m, "EUR")).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().AddBudgetAsync(Budget(Guid.NewGuid().ToString(), 1, V1.BudgetKind.Original, 2m, "EUR")).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().GetBudgetSummaryAsync(new V1.GetBudgetSummaryRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task Budget_calls_name_every_bad_field()
    {
        var bad = new V1.AddBudgetRequest
        {
            ProjectId = "x", Amount = new Google.Type.Money { CurrencyCode = "eur", Units = 1 }, PeriodStart = Jan1, PeriodEnd = new Date { Year = 2023, Month = 1, Day = 1 },
        };
        foreach (var field in new[] { "project_id", "project_version", "kind", "status", "period_end", "amount", "value_date" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().AddBudgetAsync(bad).ResponseAsync);
        }

        var cents = Budget(Guid.NewGuid().ToString(), 1, V1.BudgetKind.Original, 1.005m, "EUR");
        await RpcAssert.InvalidArgumentAsync("amount", () => Client().AddBudgetAsync(cents).ResponseAsync);
        var zero = Tx(Guid.NewGuid().ToString(), 1, V1.TransactionType.Unspecified, 0m, "EUR");
        zero.Description = "";
        foreach (var field in new[] { "type", "value", "description" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().RecordTransactionAsync(zero).ResponseAsync);
        }

        await RpcAssert.InvalidArgumentAsync("page_size", () => Client().ListTransactionsAsync(new V1.ListTransactionsRequest { ProjectId = Guid.NewGuid().ToString(), PageSize = -1 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("project_id", () => Client().ListBudgetsAsync(new V1.ListBudgetsRequest()).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("project_id", () => Client().GetBudgetSummaryAsync(new V1.GetBudgetSummaryRequest()).ResponseAsync);
        var report = new V1.GetConvertedBudgetReportRequest { ProjectId = Guid.NewGuid().ToString(), TargetCurrency = "euro" };
        report.Rates.Add(new V1.ExchangeRate { Currency = "GBP", Rate = "-1" });
        await RpcAssert.InvalidArgumentAsync("target_currency", () => Client().GetConvertedBudgetReportAsync(report).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("rates[0].rate", () => Client().GetConvertedBudgetReportAsync(report).ResponseAsync);
    }

    [Fact]
    public async Task Budget_writes_by_another_agency_or_a_reader_are_permission_denied()
    {
        var project = await ProjectRequests.CreatedAsync(factory);

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => new V1.BudgetsService.BudgetsServiceClient(factory.ChannelFor(Personas.BgProjectLead))
            .AddBudgetAsync(Budget(project.Id, project.Version, V1.BudgetKind.Original, 1m, "EUR")).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst)
            .RecordTransactionAsync(Tx(project.Id, project.Version, V1.TransactionType.Expenditure, 1m, "EUR")).ResponseAsync);
    }

    private static decimal Amount(Google.Type.Money money) => money.Units + (money.Nanos / 1_000_000_000m);

    private static Google.Type.Money Money(decimal amount, string currency)
    {
        var units = decimal.Truncate(amount);
        return new Google.Type.Money { CurrencyCode = currency, Units = (long)units, Nanos = (int)((amount - units) * 1_000_000_000m) };
    }

    private static V1.AddBudgetRequest Budget(string projectId, long version, V1.BudgetKind kind, decimal amount, string currency) => new()
    {
        ProjectId = projectId, ProjectVersion = version, Kind = kind, Status = V1.BudgetStatus.Committed,
        PeriodStart = Jan1, PeriodEnd = Dec31, Amount = Money(amount, currency), ValueDate = Jan1,
    };

    private static V1.RecordTransactionRequest Tx(string projectId, long version, V1.TransactionType type, decimal value, string currency) => new()
    {
        ProjectId = projectId, ProjectVersion = version, Type = type, Value = Money(value, currency),
        ValueDate = new Date { Year = 2024, Month = 3, Day = 15 }, Description = "Document scanners, lot 1",
    };
}
