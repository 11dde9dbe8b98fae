namespace Cooperation.Contracts.Messages.CapacityBuilding;

/// <summary>
/// A capacity-building result indicator's actual value for a period was reported (¶4c), with the
/// baseline and target it is measured against, for the metrics service.
/// </summary>
public sealed record ResultReported : IntegrationEvent
{
    public required Guid ProjectId { get; init; }

    public required Guid ResultId { get; init; }

    public required Guid LeadAgencyId { get; init; }

    /// <summary>"output" or "outcome".</summary>
    public required string Level { get; init; }

    public required string IndicatorTitle { get; init; }

    public required string Unit { get; init; }

    /// <summary>True when a higher value is better.</summary>
    public required bool Ascending { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required decimal Baseline { get; init; }

    public required decimal Target { get; init; }

    public required decimal Actual { get; init; }
}
