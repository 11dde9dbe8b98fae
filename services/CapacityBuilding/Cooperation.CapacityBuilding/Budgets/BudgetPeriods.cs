using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Budgets;

/// <summary>
/// IATI's budget periods: no more than 12 months from start to end (2024-01-01 to 2024-12-31 is
/// the longest from that start), with one original budget per period, currency and status; a
/// change to it is a revision, and the latest revision counts over the original.
/// </summary>
public static class BudgetPeriods
{
    public static void EnsureAtMost12Months(DateOnly start, DateOnly end)
    {
        if (end >= start.AddMonths(12))
        {
            throw new RuleViolationException(BudgetRules.BudgetPeriodsSpanAtMost12Months,
                $"A budget period from {start:yyyy-MM-dd} ends on {start.AddMonths(12).AddDays(-1):yyyy-MM-dd} at the latest, not {end:yyyy-MM-dd}.");
        }
    }

    public static void EnsureOneOriginal(IEnumerable<Budget> existing, Budget added)
    {
        if (added.Kind == BudgetKind.Original && existing.Any(b => b.Kind == BudgetKind.Original && b.Status == added.Status
                && b.Currency == added.Currency && b.PeriodStart == added.PeriodStart && b.PeriodEnd == added.PeriodEnd))
        {
            throw new RuleViolationException(BudgetRules.OneOriginalBudgetPerPeriodAndCurrency,
                $"The period {added.PeriodStart:yyyy-MM-dd} to {added.PeriodEnd:yyyy-MM-dd} already has an original {added.Status.ToString().ToLowerInvariant()} budget in {added.Currency}; add a revision instead.");
        }
    }

    /// <summary>The budget that counts among <paramref name="budgets"/> of one period and status: the latest revision, else the latest original.</summary>
    public static Budget? Counting(IEnumerable<Budget> budgets) =>
        budgets.OrderBy(b => b.Kind == BudgetKind.Revised ? 1 : 0).ThenBy(b => b.CreatedAt).LastOrDefault();
}
