namespace Cooperation.CapacityBuilding.Budgets;

/// <summary>Original or revised (IATI BudgetType). Numbers match the proto enum.</summary>
public enum BudgetKind
{
    Original = 1,
    Revised = 2,
}

/// <summary>Indicative or committed (IATI BudgetStatus). Numbers match the proto enum.</summary>
public enum BudgetStatus
{
    Indicative = 1,
    Committed = 2,
}

/// <summary>What a transaction is, numbered as IATI's TransactionType codes (and the proto enum).</summary>
public enum TransactionType
{
    IncomingFunds = 1,
    OutgoingCommitment = 2,
    Disbursement = 3,
    Expenditure = 4,
    InterestPayment = 5,
    LoanRepayment = 6,
    Reimbursement = 7,
    IncomingCommitment = 11,
}
