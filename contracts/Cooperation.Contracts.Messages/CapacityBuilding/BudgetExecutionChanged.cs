namespace Cooperation.Contracts.Messages.CapacityBuilding;

/// <summary>
/// A project's budget execution in one currency and budget period changed (¶4c): a budget or a
/// transaction was recorded. Absolute figures in that currency, never converted or summed across
/// currencies, so a consumer keeps the latest per (project, currency, period).
/// </summary>
public sealed record BudgetExecutionChanged : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required Guid LeadAgencyId { get; init; }

    /// <summary>ISO 4217 code ("EUR", "GBP", "BGN" for history before 2026).</summary>
    public required string Currency { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    /// <summary>The latest committed budget for the period (revised over original).</summary>
    public required decimal CommittedBudget { get; init; }

    /// <summary>Disbursements and expenditure with value dates in the period, signed values summed.</summary>
    public required decimal Spent { get; init; }
}
