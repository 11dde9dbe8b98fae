using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>
/// ¶6: the working group "will include all relevant agencies". An agency is covered while at
/// least one of its officials is a current member (co-chairs included). Both participants are
/// always reported, even with no agency registered.
/// </summary>
internal sealed record AgencyCoverage(IReadOnlyList<ParticipantCoverage> Participants)
{
    public int Registered => Participants.Sum(p => p.Registered);

    public int Covered => Participants.Sum(p => p.Covered.Count);

    /// <summary>Nothing registered is nothing covered: coverage is complete only with agencies to cover.</summary>
    public bool AllAgenciesCovered => Registered > 0 && Covered == Registered;

    public static AgencyCoverage Measure(IEnumerable<AgencyMembers> agencies)
    {
        var all = agencies.ToList();
        var participants = new[] { Participant.BG, Participant.UK }.Select(participant =>
        {
            var own = all.Where(a => a.Participant == participant).OrderBy(a => a.NameEn, StringComparer.Ordinal).ToList();
            return new ParticipantCoverage(
                participant,
                own.Where(a => a.CurrentMembers > 0).ToList(),
                own.Where(a => a.CurrentMembers == 0).ToList());
        });
        return new AgencyCoverage(participants.ToList());
    }
}
