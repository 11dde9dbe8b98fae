namespace Cooperation.Contracts.Messages.CapacityBuilding;

/// <summary>A milestone passed its due date unachieved and the service marked it missed (¶4c); raised once per milestone by the service's own clock.</summary>
public sealed record MilestoneMissed : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required Guid MilestoneId { get; init; }

    public required Guid LeadAgencyId { get; init; }

    public required DateOnly DueOn { get; init; }
}
