using System.Globalization;
using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.CapacityBuilding.Money;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Budgets;

/// <summary>The budgets' RPCs: validate, apply the money rules, save, announce the execution, audit, answer.</summary>
internal sealed class BudgetsGrpcService(
    IDbConnectionFactory connections,
    ProjectRepository projects,
    ProjectWrites writes,
    BudgetRepository budgets,
    TimeProvider clock) : V1.BudgetsService.BudgetsServiceBase
{
    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.AddBudgetResponse> AddBudget(V1.AddBudgetRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        var kind = validator.RequireEnum<V1.BudgetKind, BudgetKind>(request.Kind, "kind");
        var status = validator.RequireEnum<V1.BudgetStatus, BudgetStatus>(request.Status, "status");
        var start = validator.RequireDate(request.PeriodStart, "period_start");
        var end = validator.RequireDate(request.PeriodEnd, "period_end");
        validator.Require(end >= start, "period_end", "must be on or after period_start");
        var amount = ReadAmount(validator, request.Amount, "amount");
        validator.Require(amount.Amount >= 0, "amount", "must not be negative");
        var valueDate = validator.RequireDate(request.ValueDate, "value_date");
        validator.ThrowIfInvalid();
        BudgetPeriods.EnsureAtMost12Months(start, end);
        EuroChangeover.EnsureAcceptable(amount, valueDate);

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var budget = new Budget(Guid.NewGuid(), projectId, kind!.Value, status!.Value, start, end, amount, valueDate, clock.GetUtcNow());
        var existing = await budgets.BudgetsAsync(write.UnitOfWork, projectId);
        BudgetPeriods.EnsureOneOriginal(existing, budget);
        await budgets.InsertAsync(write.UnitOfWork, budget);
        var execution = BudgetExecution.Of([.. existing, budget], await budgets.TransactionsAsync(write.UnitOfWork, projectId));
        Announce(write, execution, budget.Currency, p => p.PeriodStart == start && p.PeriodEnd == end);
        write.UnitOfWork.Audit(AuditAction.Create, BudgetsAudit.Budget, budget.Id, ["kind", "status", "period_start", "period_end", "amount", "value_date"]);
        await write.CommitAsync();
        return new V1.AddBudgetResponse { Budget = BudgetsWire.ToWire(budget), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.RecordTransactionResponse> RecordTransaction(V1.RecordTransactionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        var type = validator.RequireEnum<V1.TransactionType, TransactionType>(request.Type, "type");
        var value = ReadAmount(validator, request.Value, "value");
        validator.Require(request.Value is null || value.Amount != 0, "value", "must not be zero");
        var valueDate = validator.RequireDate(request.ValueDate, "value_date");
        validator.RequireText(request.Description, "description", 500);
        validator.ThrowIfInvalid();
        EuroChangeover.EnsureAcceptable(value, valueDate);

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var transaction = new Transaction(Guid.NewGuid(), projectId, type!.Value, value, valueDate, request.Description.Trim(), clock.GetUtcNow());
        await budgets.InsertAsync(write.UnitOfWork, transaction);
        var execution = BudgetExecution.Of(await budgets.BudgetsAsync(write.UnitOfWork, projectId), await budgets.TransactionsAsync(write.UnitOfWork, projectId));
        Announce(write, execution, value.CurrencyCode, p => valueDate >= p.PeriodStart && valueDate <= p.PeriodEnd);
        write.UnitOfWork.Audit(AuditAction.Create, BudgetsAudit.Transaction, transaction.Id, ["type", "value", "value_date", "description"]);
        await write.CommitAsync();
        return new V1.RecordTransactionResponse { Transaction = BudgetsWire.ToWire(transaction), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListBudgetsResponse> ListBudgets(V1.ListBudgetsRequest request, ServerCallContext context)
    {
        var projectId = ReadProjectId(request.ProjectId);
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        await projects.GetAsync(session, projectId);
        var response = new V1.ListBudgetsResponse();
        response.Budgets.AddRange((await budgets.BudgetsAsync(session, projectId)).Select(BudgetsWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListTransactionsResponse> ListTransactions(V1.ListTransactionsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = validator.RequireId(request.ProjectId, "project_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        await projects.GetAsync(session, projectId);
        var found = await budgets.TransactionsAsync(session, projectId, page);
        var response = new V1.ListTransactionsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Transactions.AddRange(found.Select(BudgetsWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetBudgetSummaryResponse> GetBudgetSummary(V1.GetBudgetSummaryRequest request, ServerCallContext context)
    {
        var projectId = ReadProjectId(request.ProjectId);
        var execution = await ExecutionAsync(projectId, request.RedenominateBgn, context);
        var response = new V1.GetBudgetSummaryResponse { BgnRedenominated = request.RedenominateBgn };
        response.Currencies.AddRange(execution.Select(BudgetsWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetConvertedBudgetReportResponse> GetConvertedBudgetReport(V1.GetConvertedBudgetReportRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = validator.RequireId(request.ProjectId, "project_id");
        var target = request.TargetCurrency;
        validator.Require(IsCurrencyCode(target), "target_currency", "must be an ISO 4217 code of three capital letters, such as EUR");
        var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < request.Rates.Count; i++)
        {
            var rate = request.Rates[i];
            validator.Require(IsCurrencyCode(rate.Currency), $"rates[{i}].currency", "must be an ISO 4217 code of three capital letters");
            validator.Require(rate.Currency != target, $"rates[{i}].currency", "must not be the target currency");
            validator.Require(!(rate.Currency == EuroChangeover.Bgn && target == EuroChangeover.Eur), $"rates[{i}].currency",
                $"BGN converts into EUR at the fixed rate of {EuroChangeover.BgnPerEur} BGN per EUR; give no rate for it");
            var parsed = decimal.TryParse(rate.Rate, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0;
            validator.Require(parsed, $"rates[{i}].rate", "must be a positive decimal such as 1.1650");
            validator.Require(!rates.ContainsKey(rate.Currency), $"rates[{i}].currency", "must not repeat a currency");
            rates[rate.Currency] = value;
        }

        validator.ThrowIfInvalid();

        var execution = await ExecutionAsync(projectId, redenominateBgn: false, context);
        var table = new RateTable(target, rates);
        var missing = execution.Where(e => table.RateFor(e.Currency) is null).Select(e => e.Currency).ToList();
        if (missing.Count > 0)
        {
            new Validator().Add("rates", $"needs a rate for {string.Join(", ", missing)}").ThrowIfInvalid();
        }

        var response = new V1.GetConvertedBudgetReportResponse { TargetCurrency = target };
        var committed = new List<MoneyAmount>();
        var spent = new List<MoneyAmount>();
        foreach (var currency in execution)
        {
            var rate = table.RateFor(currency.Currency)!;
            var convertedCommitted = table.Convert(currency.Committed, rate);
            var convertedSpent = table.Convert(currency.Spent, rate);
            committed.Add(convertedCommitted);
            spent.Add(convertedSpent);
            response.Currencies.Add(new V1.ConvertedCurrency
            {
                Original = BudgetsWire.ToWire(currency),
                RateKind = WireEnums.ToWire<RateKind, V1.RateKind>(rate.Kind),
                Rate = rate.Rate.ToString(CultureInfo.InvariantCulture),
                CommittedBudget = WireMoney.ToWire(convertedCommitted),
                Spent = WireMoney.ToWire(convertedSpent),
            });
        }

        response.CommittedBudget = WireMoney.ToWire(CurrencyTotals.Sum(target, committed));
        response.Spent = WireMoney.ToWire(CurrencyTotals.Sum(target, spent));
        return response;
    }

    private async Task<IReadOnlyList<CurrencyExecution>> ExecutionAsync(Guid projectId, bool redenominateBgn, ServerCallContext context)
    {
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        await projects.GetAsync(session, projectId);
        return BudgetExecution.Of(await budgets.BudgetsAsync(session, projectId), await budgets.TransactionsAsync(session, projectId), redenominateBgn);
    }

    // One BudgetExecutionChanged per budget period of the currency that the change falls in, with that period's absolute figures.
    private static void Announce(ProjectWrite write, IReadOnlyList<CurrencyExecution> execution, string currency, Func<PeriodExecution, bool> affected)
    {
        foreach (var period in execution.Single(e => e.Currency == currency).Periods.Where(affected))
        {
            write.UnitOfWork.Publish(new BudgetExecutionChanged
            {
                ProjectId = write.Project.Id, LeadAgencyId = write.Project.LeadAgencyId, Currency = currency,
                PeriodStart = period.PeriodStart, PeriodEnd = period.PeriodEnd, CommittedBudget = period.Committed, Spent = period.Spent,
            });
        }
    }

    private static MoneyAmount ReadAmount(Validator validator, Google.Type.Money? money, string field)
    {
        var amount = validator.RequireMoney(money, field);
        validator.Require(money is null || decimal.Round(amount.Amount, 2) == amount.Amount, field, "must have at most two decimals (cents)");
        return amount;
    }

    private static Guid ReadProject(Validator validator, string projectId, long version)
    {
        var id = validator.RequireId(projectId, "project_id");
        validator.Require(version > 0, "project_version", "is required: the project version the caller read");
        return id;
    }

    private static Guid ReadProjectId(string projectId)
    {
        var validator = new Validator();
        var id = validator.RequireId(projectId, "project_id");
        validator.ThrowIfInvalid();
        return id;
    }

    private static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);
}
