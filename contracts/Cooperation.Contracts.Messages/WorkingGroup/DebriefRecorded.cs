namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>
/// A debrief of an operation relevant to both participants was recorded (¶4d); feeds the
/// "debriefs held" indicator. Carries the operation's date and who took part, never its content.
/// </summary>
public sealed record DebriefRecorded : IntegrationEvent
{
    public required Guid DebriefId { get; init; }

    public required DateOnly OperationDate { get; init; }

    /// <summary>The agencies involved (ids of the working group's agency register).</summary>
    public required IReadOnlyList<Guid> AgencyIds { get; init; }

    /// <summary>The participants of those agencies, <see cref="ParticipantCodes"/> ("BG", "UK").</summary>
    public required IReadOnlyList<string> Participants { get; init; }

    /// <summary>Information-sharing channels used, lower snake case ("europol_siena", "eurojust", "interpol", "liaison_officer", "bilateral").</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>Corrective actions raised with the debrief, all open when it is recorded.</summary>
    public required int CorrectiveActionCount { get; init; }
}
