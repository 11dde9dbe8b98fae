namespace Cooperation.Contracts.Messages.Metrics;

/// <summary>
/// Both co-chairs approved a quarter's figures and the metrics service published them (¶1,
/// "bilateral mechanisms for ... monitoring the impact"). Published again, with a higher
/// <see cref="FiguresVersion"/>, when corrected figures are approved anew.
/// </summary>
public sealed record QuarterPublished : IntegrationEvent
{
    public required int Year { get; init; }

    /// <summary>1 to 4.</summary>
    public required int Quarter { get; init; }

    /// <summary>The metrics change-log version the two approvals stood at.</summary>
    public required long FiguresVersion { get; init; }

    /// <summary>How many indicator values were published.</summary>
    public required int IndicatorValues { get; init; }
}
