namespace Cooperation.Contracts.Messages.CapacityBuilding;

/// <summary>
/// A risk of a capacity-building project was recorded, re-scored or changed status (¶4c). The
/// latest per risk tells the metrics service how many high risks are open.
/// </summary>
public sealed record RiskAssessed : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required Guid RiskId { get; init; }

    public required Guid LeadAgencyId { get; init; }

    /// <summary>Likelihood × impact on the 5×5 scale (1–25), the current one: after the response where one is in place.</summary>
    public required int Score { get; init; }

    /// <summary>True when <see cref="Score"/> is above the service's high-risk threshold.</summary>
    public required bool IsHigh { get; init; }

    /// <summary>False once the risk is closed.</summary>
    public required bool IsOpen { get; init; }
}
