using Cooperation.BuildingBlocks.Wire;

namespace Cooperation.CapacityBuilding.Budgets;

/// <summary>One budget of a project for one period (<see cref="BudgetPeriods"/>), in one currency with its value date.</summary>
public sealed record Budget(
    Guid Id, Guid ProjectId, BudgetKind Kind, BudgetStatus Status, DateOnly PeriodStart, DateOnly PeriodEnd,
    MoneyAmount Amount, DateOnly ValueDate, DateTimeOffset CreatedAt)
{
    public string Currency => Amount.CurrencyCode;
}

/// <summary>One transaction of a project: a signed value in one currency on its value date.</summary>
public sealed record Transaction(
    Guid Id, Guid ProjectId, TransactionType Type, MoneyAmount Value, DateOnly ValueDate, string Description, DateTimeOffset CreatedAt)
{
    /// <summary>Disbursements and expenditure are what a project spent (IATI).</summary>
    public bool IsSpending => Type is TransactionType.Disbursement or TransactionType.Expenditure;
}
