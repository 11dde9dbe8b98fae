namespace Cooperation.Contracts.Messages.Training;

/// <summary>
/// A training need's coverage moved (¶4b): completions of the activities linked to it changed how
/// many of its headcount have been trained. Carries the absolute figures, so a consumer keeps the
/// latest per need rather than adding.
/// </summary>
public sealed record TrainingNeedCoverageChanged : IntegrationEvent
{
    public required Guid NeedId { get; init; }

    /// <summary>The need's cooperation area, in lower snake case ("border_security").</summary>
    public required string Theme { get; init; }

    /// <summary>A <see cref="ParticipantCodes"/> value.</summary>
    public required string Participant { get; init; }

    public required Guid AgencyId { get; init; }

    public required int Headcount { get; init; }

    /// <summary>Officials of the need's agency who completed a linked activity, at most <see cref="Headcount"/>.</summary>
    public required int CoveredCount { get; init; }
}
