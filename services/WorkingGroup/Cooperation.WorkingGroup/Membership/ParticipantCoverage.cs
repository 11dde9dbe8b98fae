using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>One participant's registered agencies, split into covered and uncovered.</summary>
internal sealed record ParticipantCoverage(
    Participant Participant, IReadOnlyList<AgencyMembers> Covered, IReadOnlyList<AgencyMembers> Uncovered)
{
    public int Registered => Covered.Count + Uncovered.Count;
}
