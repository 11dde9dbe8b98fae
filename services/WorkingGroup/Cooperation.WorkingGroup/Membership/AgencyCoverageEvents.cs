using Cooperation.BuildingBlocks.Domain;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.WorkingGroup;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>
/// What a roster change tells the metrics service about coverage: the absolute figures of both
/// participants, and only when some participant's covered or registered count moved (a member
/// joining an agency that already had one changes nothing worth announcing).
/// </summary>
internal static class AgencyCoverageEvents
{
    public static AgencyCoverageChanged? Changed(AgencyCoverage before, AgencyCoverage after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var figuresBefore = Figures(before);
        var figuresAfter = Figures(after);
        return figuresBefore.SequenceEqual(figuresAfter) ? null : new AgencyCoverageChanged { Participants = figuresAfter };
    }

    private static List<ParticipantAgencyCoverage> Figures(AgencyCoverage coverage) =>
        coverage.Participants
            .Select(p => new ParticipantAgencyCoverage { Participant = Code(p.Participant), CoveredAgencies = p.Covered.Count, TotalAgencies = p.Registered })
            .ToList();

    private static string Code(Participant participant) => participant switch
    {
        Participant.BG => ParticipantCodes.Bulgaria,
        Participant.UK => ParticipantCodes.UnitedKingdom,
        _ => throw new ArgumentOutOfRangeException(nameof(participant), participant, "not a participant"),
    };
}
