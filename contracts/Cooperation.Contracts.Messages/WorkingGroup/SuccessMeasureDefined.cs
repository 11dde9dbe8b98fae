namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>A success measure (¶5) was set or changed; the metrics service keeps it as an indicator.</summary>
public sealed record SuccessMeasureDefined : IntegrationEvent
{
    public required Guid MeasureId { get; init; }

    public required Guid CriterionId { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required decimal Baseline { get; init; }

    public required decimal Target { get; init; }

    /// <summary>How often it is observed, for example "quarterly".</summary>
    public required string Period { get; init; }

    /// <summary>"increase" or "decrease": which way counts as progress.</summary>
    public required string Direction { get; init; }
}
