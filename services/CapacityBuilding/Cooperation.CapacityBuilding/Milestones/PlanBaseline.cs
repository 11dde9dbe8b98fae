using Cooperation.BuildingBlocks.Domain;
using Cooperation.CapacityBuilding.Budgets;

namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>One milestone as the approved plan had it.</summary>
public sealed record BaselineMilestone(Guid MilestoneId, string Title, DateOnly DueOn);

/// <summary>One milestone's dates now against the baseline; <see cref="SlipDays"/> is positive when late.</summary>
public sealed record MilestoneVariance(
    Guid MilestoneId, string Title, DateOnly? BaselineDueOn, DateOnly DueOn, DateOnly? AchievedOn, int SlipDays, MilestoneStatus Status);

/// <summary>The committed budget in one currency now against the baseline; never summed across currencies.</summary>
public sealed record BudgetDrift(string Currency, decimal BaselineCommitted, decimal CommittedNow)
{
    public decimal Drift => CommittedNow - BaselineCommitted;
}

/// <summary>
/// OpenProject's baseline comparison: the plan as approved is snapshot once, and the plan now is
/// measured against it. A milestone slips by the days between its baseline due date and its
/// achievement (or, until achieved, its due date now); one added after the baseline has none.
/// </summary>
public static class PlanBaseline
{
    public static void EnsureNotTaken(Guid projectId, DateTimeOffset? approvedAt)
    {
        if (approvedAt is { } at)
        {
            throw new RuleViolationException(MilestoneRules.ThePlanIsBaselinedOnce,
                $"The plan of project {projectId} was approved and baselined at {at:O}; the baseline is taken once.");
        }
    }

    public static DateTimeOffset EnsureTaken(Guid projectId, DateTimeOffset? approvedAt) =>
        approvedAt ?? throw new RuleViolationException(MilestoneRules.VarianceNeedsABaseline,
            $"The plan of project {projectId} has not been approved, so it has no baseline to measure against.");

    public static IReadOnlyList<MilestoneVariance> MilestoneVariances(IEnumerable<BaselineMilestone> baseline, IEnumerable<Milestone> now)
    {
        var baselineDue = baseline.ToDictionary(b => b.MilestoneId, b => b.DueOn);
        return now.OrderBy(m => m.DueOn).ThenBy(m => m.Title, StringComparer.Ordinal).Select(m =>
        {
            DateOnly? was = baselineDue.TryGetValue(m.Id, out var due) ? due : null;
            var slip = was is { } b ? (m.AchievedOn ?? m.DueOn).DayNumber - b.DayNumber : 0;
            return new MilestoneVariance(m.Id, m.Title, was, m.DueOn, m.AchievedOn, slip, m.Status);
        }).ToList();
    }

    /// <summary>Committed budget drift per currency (<see cref="BudgetExecution.CommittedByCurrency"/>), by currency code.</summary>
    public static IReadOnlyList<BudgetDrift> BudgetDrifts(IEnumerable<Budget> baseline, IEnumerable<Budget> now)
    {
        var baselined = BudgetExecution.CommittedByCurrency(baseline);
        var current = BudgetExecution.CommittedByCurrency(now);
        return baselined.Currencies.Union(current.Currencies).Order(StringComparer.Ordinal)
            .Select(currency => new BudgetDrift(currency, baselined.Of(currency), current.Of(currency))).ToList();
    }
}
