using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;

namespace Cooperation.CapacityBuilding.Budgets;

/// <summary>Stores budgets, transactions and the baseline's snapshot of the budgets.</summary>
public sealed class BudgetRepository
{
    private const string BudgetColumns = """
        id AS Id, project_id AS ProjectId, kind AS Kind, status AS Status, period_start AS PeriodStart, period_end AS PeriodEnd,
        amount AS Amount, currency AS Currency, value_date AS ValueDate, created_at AS CreatedAt
        """;

    private const string TransactionColumns = """
        id AS Id, project_id AS ProjectId, type AS Type, value AS Value, currency AS Currency, value_date AS ValueDate,
        description AS Description, created_at AS CreatedAt
        """;

    private const string InsertBudgetSql = """
        INSERT INTO budgets (id, project_id, kind, status, period_start, period_end, amount, currency, value_date, created_at)
        VALUES (@Id, @ProjectId, @Kind, @Status, @PeriodStart, @PeriodEnd, @Amount, @Currency, @ValueDate, @CreatedAt)
        """;

    private const string InsertTransactionSql = """
        INSERT INTO transactions (id, project_id, type, value, currency, value_date, description, created_at)
        VALUES (@Id, @ProjectId, @Type, @Value, @Currency, @ValueDate, @Description, @CreatedAt)
        """;

    private const string BudgetsSql = $"SELECT {BudgetColumns} FROM budgets WHERE project_id = @ProjectId ORDER BY period_start, created_at, id";

    private const string AllTransactionsSql = $"SELECT {TransactionColumns} FROM transactions WHERE project_id = @ProjectId ORDER BY value_date, created_at, id";

    private const string TransactionPageSql = $"""
        SELECT {TransactionColumns} FROM transactions WHERE project_id = @ProjectId ORDER BY value_date, created_at, id
        LIMIT @Limit OFFSET @Offset
        """;

    private const string TakeBaselineSql = """
        INSERT INTO baseline_budgets (project_id, budget_id, kind, status, period_start, period_end, amount, currency, value_date, created_at)
        SELECT project_id, id, kind, status, period_start, period_end, amount, currency, value_date, created_at FROM budgets WHERE project_id = @ProjectId
        """;

    private const string BaselineSql = $"""
        SELECT budget_id AS Id, project_id AS ProjectId, kind AS Kind, status AS Status, period_start AS PeriodStart, period_end AS PeriodEnd,
               amount AS Amount, currency AS Currency, value_date AS ValueDate, created_at AS CreatedAt
        FROM baseline_budgets WHERE project_id = @ProjectId
        """;

    public Task InsertAsync(IDbSession session, Budget budget) =>
        session.ExecuteAsync(InsertBudgetSql, new
        {
            budget.Id, budget.ProjectId, Kind = StoredEnums.ToStored(budget.Kind), Status = StoredEnums.ToStored(budget.Status),
            budget.PeriodStart, budget.PeriodEnd, budget.Amount.Amount, budget.Currency, budget.ValueDate, budget.CreatedAt,
        });

    public Task InsertAsync(IDbSession session, Transaction transaction) =>
        session.ExecuteAsync(InsertTransactionSql, new
        {
            transaction.Id, transaction.ProjectId, Type = StoredEnums.ToStored(transaction.Type), Value = transaction.Value.Amount,
            Currency = transaction.Value.CurrencyCode, transaction.ValueDate, transaction.Description, transaction.CreatedAt,
        });

    public async Task<IReadOnlyList<Budget>> BudgetsAsync(IDbSession session, Guid projectId) =>
        (await session.QueryAsync<BudgetRow>(BudgetsSql, new { ProjectId = projectId })).Select(ToDomain).ToList();

    public async Task<IReadOnlyList<Transaction>> TransactionsAsync(IDbSession session, Guid projectId) =>
        (await session.QueryAsync<TransactionRow>(AllTransactionsSql, new { ProjectId = projectId })).Select(ToDomain).ToList();

    public async Task<IReadOnlyList<Transaction>> TransactionsAsync(IDbSession session, Guid projectId, PageRequest page) =>
        (await session.QueryAsync<TransactionRow>(TransactionPageSql, new { ProjectId = projectId, Limit = page.Size, page.Offset })).Select(ToDomain).ToList();

    public Task TakeBaselineAsync(IDbSession session, Guid projectId) => session.ExecuteAsync(TakeBaselineSql, new { ProjectId = projectId });

    public async Task<IReadOnlyList<Budget>> BaselineAsync(IDbSession session, Guid projectId) =>
        (await session.QueryAsync<BudgetRow>(BaselineSql, new { ProjectId = projectId })).Select(ToDomain).ToList();

    private static Budget ToDomain(BudgetRow row) => new(
        row.Id, row.ProjectId, StoredEnums.FromStored<BudgetKind>(row.Kind), StoredEnums.FromStored<BudgetStatus>(row.Status),
        row.PeriodStart, row.PeriodEnd, new MoneyAmount(row.Amount, row.Currency), row.ValueDate, row.CreatedAt);

    private static Transaction ToDomain(TransactionRow row) => new(
        row.Id, row.ProjectId, StoredEnums.FromStored<TransactionType>(row.Type), new MoneyAmount(row.Value, row.Currency),
        row.ValueDate, row.Description, row.CreatedAt);

    private sealed class BudgetRow
    {
        public Guid Id { get; init; }
        public Guid ProjectId { get; init; }
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly PeriodStart { get; init; }
        public DateOnly PeriodEnd { get; init; }
        public decimal Amount { get; init; }
        public string Currency { get; init; } = "";
        public DateOnly ValueDate { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }

    private sealed class TransactionRow
    {
        public Guid Id { get; init; }
        public Guid ProjectId { get; init; }
        public string Type { get; init; } = "";
        public decimal Value { get; init; }
        public string Currency { get; init; } = "";
        public DateOnly ValueDate { get; init; }
        public string Description { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
    }
}
