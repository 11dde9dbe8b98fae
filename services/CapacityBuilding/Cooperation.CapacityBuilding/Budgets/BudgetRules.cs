namespace Cooperation.CapacityBuilding.Budgets;

/// <summary>Stable names of the budget rules, reported as the subject of a FailedPrecondition.</summary>
public static class BudgetRules
{
    /// <summary>IATI: a budget covers a period of no more than 12 months (<see cref="BudgetPeriods"/>).</summary>
    public const string BudgetPeriodsSpanAtMost12Months = "budget-periods-span-at-most-12-months";

    /// <summary>A period has one original budget per currency and status; changes to it are revisions (<see cref="BudgetPeriods"/>).</summary>
    public const string OneOriginalBudgetPerPeriodAndCurrency = "one-original-budget-per-period-and-currency";
}
