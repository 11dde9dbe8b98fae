using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Budgets;

/// <summary>Budgets, transactions and their execution to their wire form.</summary>
internal static class BudgetsWire
{
    public static V1.Budget ToWire(Budget budget) => new()
    {
        Id = budget.Id.ToString(),
        ProjectId = budget.ProjectId.ToString(),
        Kind = WireEnums.ToWire<BudgetKind, V1.BudgetKind>(budget.Kind),
        Status = WireEnums.ToWire<BudgetStatus, V1.BudgetStatus>(budget.Status),
        PeriodStart = WireDate.ToWire(budget.PeriodStart),
        PeriodEnd = WireDate.ToWire(budget.PeriodEnd),
        Amount = WireMoney.ToWire(budget.Amount),
        ValueDate = WireDate.ToWire(budget.ValueDate),
        CreatedAt = WireInstant.ToWire(budget.CreatedAt),
    };

    public static V1.Transaction ToWire(Transaction transaction) => new()
    {
        Id = transaction.Id.ToString(),
        ProjectId = transaction.ProjectId.ToString(),
        Type = WireEnums.ToWire<TransactionType, V1.TransactionType>(transaction.Type),
        Value = WireMoney.ToWire(transaction.Value),
        ValueDate = WireDate.ToWire(transaction.ValueDate),
        Description = transaction.Description,
        CreatedAt = WireInstant.ToWire(transaction.CreatedAt),
    };

    public static V1.CurrencyExecution ToWire(CurrencyExecution execution)
    {
        var currency = execution.Currency;
        var wire = new V1.CurrencyExecution
        {
            Currency = currency,
            CommittedBudget = WireMoney.ToWire(execution.Committed, currency),
            Spent = WireMoney.ToWire(execution.Spent, currency),
            IncomingFunds = WireMoney.ToWire(execution.IncomingFunds, currency),
            Commitments = WireMoney.ToWire(execution.Commitments, currency),
            Overspent = execution.Overspent,
        };
        wire.Periods.AddRange(execution.Periods.Select(p => new V1.PeriodExecution
        {
            PeriodStart = WireDate.ToWire(p.PeriodStart),
            PeriodEnd = WireDate.ToWire(p.PeriodEnd),
            CommittedBudget = WireMoney.ToWire(p.Committed, currency),
            IndicativeBudget = WireMoney.ToWire(p.Indicative, currency),
            Spent = WireMoney.ToWire(p.Spent, currency),
            Remaining = WireMoney.ToWire(p.Remaining, currency),
            Overspent = p.Overspent,
        }));
        return wire;
    }
}
