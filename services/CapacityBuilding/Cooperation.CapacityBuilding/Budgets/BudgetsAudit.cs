namespace Cooperation.CapacityBuilding.Budgets;

/// <summary>Resource-type names of the budgets' audit records.</summary>
public static class BudgetsAudit
{
    public const string Budget = "Budget";

    public const string Transaction = "Transaction";
}
