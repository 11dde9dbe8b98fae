using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.CapacityBuilding.Budgets;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>
/// Takes the plan's baseline (every part of the plan snapshot in the approving unit of work) and
/// fills the variance report of the plan now against it, part by part.
/// </summary>
public sealed class BaselineSnapshots(MilestoneRepository milestones, BudgetRepository budgets)
{
    public async Task TakeAsync(IDbSession session, Guid projectId)
    {
        await milestones.TakeBaselineAsync(session, projectId);
        await budgets.TakeBaselineAsync(session, projectId);
    }

    internal async Task ReportAsync(IDbSession session, Guid projectId, V1.GetVarianceReportResponse report)
    {
        var variances = PlanBaseline.MilestoneVariances(await milestones.BaselineAsync(session, projectId), await milestones.ListAsync(session, projectId));
        report.Milestones.AddRange(variances.Select(MilestonesWire.ToWire));
        var drifts = PlanBaseline.BudgetDrifts(await budgets.BaselineAsync(session, projectId), await budgets.BudgetsAsync(session, projectId));
        report.Budgets.AddRange(drifts.Select(d => new V1.BudgetDrift
        {
            Currency = d.Currency,
            BaselineCommitted = WireMoney.ToWire(d.BaselineCommitted, d.Currency),
            CommittedNow = WireMoney.ToWire(d.CommittedNow, d.Currency),
            Drift = WireMoney.ToWire(d.Drift, d.Currency),
        }));
    }
}
