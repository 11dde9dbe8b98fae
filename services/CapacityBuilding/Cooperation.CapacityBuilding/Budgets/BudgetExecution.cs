using Cooperation.BuildingBlocks.Wire;
using Cooperation.CapacityBuilding.Money;

namespace Cooperation.CapacityBuilding.Budgets;

/// <summary>Execution in one currency and period: what counts as committed and indicative, and what was spent.</summary>
public sealed record PeriodExecution(DateOnly PeriodStart, DateOnly PeriodEnd, decimal Committed, decimal Indicative, decimal Spent)
{
    public decimal Remaining => Committed - Spent;

    public bool Overspent => Spent > Committed;
}

/// <summary>Execution in one currency; never mixed with another.</summary>
public sealed record CurrencyExecution(
    string Currency, decimal Committed, decimal Spent, decimal IncomingFunds, decimal Commitments, IReadOnlyList<PeriodExecution> Periods)
{
    public bool Overspent => Spent > Committed || Periods.Any(p => p.Overspent);
}

/// <summary>
/// A project's budget execution, per currency and per budget period, never summed across
/// currencies. The committed (and indicative) budget of a period is its latest revision, else its
/// original (<see cref="BudgetPeriods.Counting"/>); spent is disbursements and expenditure with
/// value dates in the period, signed values summed. Spending outside every budget period of its
/// currency shows as a period of its calendar year with no budget, so it is overspend, not hidden.
/// Redenominating turns BGN history into EUR at the fixed rate (<see cref="EuroChangeover"/>), amount by amount.
/// </summary>
public static class BudgetExecution
{
    public static IReadOnlyList<CurrencyExecution> Of(IEnumerable<Budget> budgets, IEnumerable<Transaction> transactions, bool redenominateBgn = false)
    {
        // A redenominated budget keeps the currency it was recorded in, so the revision that counts is chosen among its own kind.
        var allBudgets = budgets.Select(b => new Recorded(redenominateBgn ? b with { Amount = EuroChangeover.Redenominate(b.Amount) } : b, b.Currency)).ToList();
        var allTransactions = transactions.Select(t => redenominateBgn ? t with { Value = EuroChangeover.Redenominate(t.Value) } : t).ToList();
        var currencies = allBudgets.Select(b => b.Budget.Currency).Concat(allTransactions.Select(t => t.Value.CurrencyCode)).Distinct().Order(StringComparer.Ordinal);
        return currencies.Select(currency => ForCurrency(
            currency, allBudgets.Where(b => b.Budget.Currency == currency).ToList(), allTransactions.Where(t => t.Value.CurrencyCode == currency).ToList())).ToList();
    }

    /// <summary>The committed budget per currency: each period's counting committed budget, summed within its currency.</summary>
    public static CurrencyTotals CommittedByCurrency(IEnumerable<Budget> budgets)
    {
        var totals = new CurrencyTotals();
        foreach (var period in budgets.Where(b => b.Status == BudgetStatus.Committed).GroupBy(b => (b.Currency, b.PeriodStart, b.PeriodEnd)))
        {
            totals.Add(BudgetPeriods.Counting(period)!.Amount);
        }

        return totals;
    }

    private static CurrencyExecution ForCurrency(string currency, List<Recorded> budgets, List<Transaction> transactions)
    {
        var spending = transactions.Where(t => t.IsSpending).ToList();
        var periods = budgets.Select(b => (b.Budget.PeriodStart, b.Budget.PeriodEnd)).Distinct().ToList();
        var unbudgetedYears = spending.Where(t => !periods.Any(p => Within(t.ValueDate, p))).Select(t => t.ValueDate.Year).Distinct();
        periods.AddRange(unbudgetedYears.Select(year => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))));

        var lines = periods.OrderBy(p => p.PeriodStart).ThenBy(p => p.PeriodEnd).Select(p =>
        {
            var inPeriod = budgets.Where(b => b.Budget.PeriodStart == p.PeriodStart && b.Budget.PeriodEnd == p.PeriodEnd).ToList();
            return new PeriodExecution(p.PeriodStart, p.PeriodEnd,
                CountingTotal(inPeriod, BudgetStatus.Committed), CountingTotal(inPeriod, BudgetStatus.Indicative),
                CurrencyTotals.Sum(currency, spending.Where(t => Within(t.ValueDate, p)).Select(t => t.Value)).Amount);
        }).ToList();

        return new CurrencyExecution(
            currency, lines.Sum(l => l.Committed), CurrencyTotals.Sum(currency, spending.Select(t => t.Value)).Amount,
            CurrencyTotals.Sum(currency, transactions.Where(t => t.Type == TransactionType.IncomingFunds).Select(t => t.Value)).Amount,
            CurrencyTotals.Sum(currency, transactions.Where(t => t.Type == TransactionType.OutgoingCommitment).Select(t => t.Value)).Amount,
            lines);
    }

    private static decimal CountingTotal(IEnumerable<Recorded> budgets, BudgetStatus status) =>
        budgets.Where(b => b.Budget.Status == status).GroupBy(b => b.RecordedIn)
            .Sum(recorded => BudgetPeriods.Counting(recorded.Select(b => b.Budget))!.Amount.Amount);

    private static bool Within(DateOnly date, (DateOnly Start, DateOnly End) period) => date >= period.Start && date <= period.End;

    private sealed record Recorded(Budget Budget, string RecordedIn);
}
