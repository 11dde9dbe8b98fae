namespace Cooperation.Contracts.Messages.CapacityBuilding;

/// <summary>Why a risk was raised to the working group.</summary>
public enum RiskEscalationReason
{
    Unspecified = 0,

    /// <summary>Its score went above the high-risk threshold.</summary>
    HighScore = 1,

    /// <summary>Its review date passed without a review.</summary>
    ReviewOverdue = 2,
}

/// <summary>
/// A capacity-building risk needs the working group's attention (¶4c, ¶5): the working group puts
/// it on its next meeting's agenda. Carries the risk's own words, no personal data.
/// </summary>
public sealed record RiskEscalated : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required string ProjectTitle { get; init; }

    public required Guid RiskId { get; init; }

    /// <summary>The risk event ("what may happen"), as the register states it.</summary>
    public required string RiskEvent { get; init; }

    public required int Score { get; init; }

    public required RiskEscalationReason Reason { get; init; }

    public required Guid LeadAgencyId { get; init; }
}
