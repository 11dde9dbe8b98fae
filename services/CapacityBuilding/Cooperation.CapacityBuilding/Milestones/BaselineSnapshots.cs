using Cooperation.BuildingBlocks.Data;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>
/// Takes the plan's baseline (every part of the plan snapshot in the approving unit of work) and
/// fills the variance report of the plan now against it, part by part.
/// </summary>
public sealed class BaselineSnapshots(MilestoneRepository milestones)
{
    public Task TakeAsync(IDbSession session, Guid projectId) => milestones.TakeBaselineAsync(session, projectId);

    internal async Task ReportAsync(IDbSession session, Guid projectId, V1.GetVarianceReportResponse report)
    {
        var variances = PlanBaseline.MilestoneVariances(await milestones.BaselineAsync(session, projectId), await milestones.ListAsync(session, projectId));
        report.Milestones.AddRange(variances.Select(MilestonesWire.ToWire));
    }
}
