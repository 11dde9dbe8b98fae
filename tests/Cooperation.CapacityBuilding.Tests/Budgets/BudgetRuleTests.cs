using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.CapacityBuilding.Budgets;
using Cooperation.CapacityBuilding.Milestones;

namespace Cooperation.CapacityBuilding.Tests.Budgets;

public sealed class BudgetRuleTests
{
    private static readonly Guid Project = Guid.NewGuid();
    private static readonly DateOnly Jan1 = new(2024, 1, 1);
    private static readonly DateOnly Dec31 = new(2024, 12, 31);

    [Fact]
    public void Budget_periods_span_at_most_12_months()
    {
        BudgetPeriods.EnsureAtMost12Months(Jan1, Dec31);
        var refused = Assert.Throws<RuleViolationException>(() => BudgetPeriods.EnsureAtMost12Months(Jan1, new DateOnly(2025, 1, 1)));

        Assert.Equal(BudgetRules.BudgetPeriodsSpanAtMost12Months, refused.Rule);
    }

    [Fact]
    public void One_original_budget_per_period_and_currency_while_revisions_may_follow()
    {
        var original = Budget(BudgetKind.Original, BudgetStatus.Committed, 1000m, "EUR");

        var refused = Assert.Throws<RuleViolationException>(() =>
            BudgetPeriods.EnsureOneOriginal([original], Budget(BudgetKind.Original, BudgetStatus.Committed, 5m, "EUR")));
        BudgetPeriods.EnsureOneOriginal([original], Budget(BudgetKind.Revised, BudgetStatus.Committed, 5m, "EUR"));
        BudgetPeriods.EnsureOneOriginal([original], Budget(BudgetKind.Original, BudgetStatus.Committed, 5m, "GBP"));
        BudgetPeriods.EnsureOneOriginal([original], Budget(BudgetKind.Original, BudgetStatus.Indicative, 5m, "EUR"));

        Assert.Equal(BudgetRules.OneOriginalBudgetPerPeriodAndCurrency, refused.Rule);
    }

    [Fact]
    public void Execution_is_per_currency_with_the_latest_revision_counting_and_overspend_visible()
    {
        var budgets = new[]
        {
            Budget(BudgetKind.Original, BudgetStatus.Committed, 1000m, "EUR", minutes: 0),
            Budget(BudgetKind.Revised, BudgetStatus.Committed, 800m, "EUR", minutes: 1),
            Budget(BudgetKind.Revised, BudgetStatus.Committed, 900m, "EUR", minutes: 2),
            Budget(BudgetKind.Original, BudgetStatus.Indicative, 1200m, "EUR", minutes: 3),
            Budget(BudgetKind.Original, BudgetStatus.Committed, 500m, "GBP", minutes: 4),
        };
        var transactions = new[]
        {
            Tx(TransactionType.Expenditure, 600m, "EUR", new(2024, 3, 1)),
            Tx(TransactionType.Disbursement, 400m, "EUR", new(2024, 6, 1)),
            Tx(TransactionType.Expenditure, -50m, "EUR", new(2024, 7, 1)),
            Tx(TransactionType.IncomingFunds, 2000m, "EUR", new(2024, 1, 15)),
            Tx(TransactionType.Expenditure, 100m, "GBP", new(2024, 2, 1)),
        };

        var execution = BudgetExecution.Of(budgets, transactions);

        Assert.Equal(["EUR", "GBP"], execution.Select(e => e.Currency));
        var eur = execution[0];
        var period = Assert.Single(eur.Periods);
        Assert.Equal((900m, 1200m, 950m, -50m, true), (period.Committed, period.Indicative, period.Spent, period.Remaining, period.Overspent));
        Assert.Equal((900m, 950m, 2000m, true), (eur.Committed, eur.Spent, eur.IncomingFunds, eur.Overspent));
        Assert.Equal((500m, 100m, false), (execution[1].Committed, execution[1].Spent, execution[1].Overspent));
    }

    [Fact]
    public void Spending_outside_every_budget_period_shows_as_an_unbudgeted_year_and_bgn_history_can_be_redenominated()
    {
        var budgets = new[] { Budget(BudgetKind.Original, BudgetStatus.Committed, 195.58m, "BGN"), Budget(BudgetKind.Original, BudgetStatus.Committed, 100m, "EUR") };
        var transactions = new[] { Tx(TransactionType.Expenditure, 10m, "EUR", new(2025, 5, 5)) };

        var plain = BudgetExecution.Of(budgets, transactions);
        var redenominated = BudgetExecution.Of(budgets, transactions, redenominateBgn: true);

        Assert.Equal(["BGN", "EUR"], plain.Select(e => e.Currency));
        var unbudgeted = plain[1].Periods[1];
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 0m, 10m, true),
            (unbudgeted.PeriodStart, unbudgeted.PeriodEnd, unbudgeted.Committed, unbudgeted.Spent, unbudgeted.Overspent));
        var eur = Assert.Single(redenominated);
        Assert.Equal(200m, eur.Committed);
    }

    [Fact]
    public void Baseline_variance_shows_committed_budget_drift_per_currency()
    {
        var baseline = new[] { Budget(BudgetKind.Original, BudgetStatus.Committed, 1000m, "EUR"), Budget(BudgetKind.Original, BudgetStatus.Committed, 300m, "GBP") };
        var now = baseline.Append(Budget(BudgetKind.Revised, BudgetStatus.Committed, 1250m, "EUR", minutes: 5))
            .Append(Budget(BudgetKind.Original, BudgetStatus.Committed, 50m, "USD")).ToArray();

        var drifts = PlanBaseline.BudgetDrifts(baseline, now);

        Assert.Equal([("EUR", 250m), ("GBP", 0m), ("USD", 50m)], drifts.Select(d => (d.Currency, d.Drift)));
    }

    private static Budget Budget(BudgetKind kind, BudgetStatus status, decimal amount, string currency, int minutes = 0) =>
        new(Guid.NewGuid(), Project, kind, status, Jan1, Dec31, new MoneyAmount(amount, currency), Jan1, DateTimeOffset.UnixEpoch.AddMinutes(minutes));

    private static Transaction Tx(TransactionType type, decimal value, string currency, DateOnly on) =>
        new(Guid.NewGuid(), Project, type, new MoneyAmount(value, currency), on, "x", DateTimeOffset.UnixEpoch);
}
