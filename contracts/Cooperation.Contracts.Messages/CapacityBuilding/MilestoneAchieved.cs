namespace Cooperation.Contracts.Messages.CapacityBuilding;

/// <summary>A capacity-building milestone was achieved with evidence (¶4c), on time or late against its baseline due date.</summary>
public sealed record MilestoneAchieved : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required Guid MilestoneId { get; init; }

    public required Guid LeadAgencyId { get; init; }

    /// <summary>The due date the plan's baseline gave it (the current plan's when no baseline was taken).</summary>
    public required DateOnly DueOn { get; init; }

    public required DateOnly AchievedOn { get; init; }

    /// <summary>True when achieved on or before <see cref="DueOn"/>.</summary>
    public required bool OnTime { get; init; }
}
