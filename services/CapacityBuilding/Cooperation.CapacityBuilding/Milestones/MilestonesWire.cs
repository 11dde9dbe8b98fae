using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>Milestones and their variances to their wire form.</summary>
internal static class MilestonesWire
{
    public static V1.Milestone ToWire(Milestone milestone) => new()
    {
        Id = milestone.Id.ToString(),
        ProjectId = milestone.ProjectId.ToString(),
        Title = milestone.Title,
        DueOn = WireDate.ToWire(milestone.DueOn),
        Status = WireEnums.ToWire<MilestoneStatus, V1.MilestoneStatus>(milestone.Status),
        AchievedOn = WireDate.ToWire(milestone.AchievedOn),
        Evidence = milestone.Evidence ?? "",
        MissedAt = WireInstant.ToWire(milestone.MissedAt),
    };

    public static V1.MilestoneVariance ToWire(MilestoneVariance variance) => new()
    {
        MilestoneId = variance.MilestoneId.ToString(),
        Title = variance.Title,
        BaselineDueOn = WireDate.ToWire(variance.BaselineDueOn),
        DueOn = WireDate.ToWire(variance.DueOn),
        AchievedOn = WireDate.ToWire(variance.AchievedOn),
        SlipDays = variance.SlipDays,
        Status = WireEnums.ToWire<MilestoneStatus, V1.MilestoneStatus>(variance.Status),
    };
}
