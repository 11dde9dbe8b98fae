namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>
/// A membership change altered how many registered agencies have a current member (¶6 "all
/// relevant agencies"). Carries the absolute figures of both participants, so a consumer keeps the
/// latest rather than adding.
/// </summary>
public sealed record AgencyCoverageChanged : IntegrationEvent
{
    /// <summary>One entry per participant, both always present.</summary>
    public required IReadOnlyList<ParticipantAgencyCoverage> Participants { get; init; }
}

/// <summary>One participant's agencies: those registered, and those with at least one current member.</summary>
public sealed record ParticipantAgencyCoverage
{
    /// <summary>A <see cref="ParticipantCodes"/> value.</summary>
    public required string Participant { get; init; }

    public required int CoveredAgencies { get; init; }

    public required int TotalAgencies { get; init; }
}
