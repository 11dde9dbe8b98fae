using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Agencies;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>Members, co-chairs and agency coverage on the wire.</summary>
internal static class MembershipWire
{
    public static V1.Member ToWire(MemberView member) => new()
    {
        Id = member.MembershipId.ToString(),
        OfficialId = member.OfficialId.ToString(),
        FullName = member.FullName,
        RoleTitle = member.RoleTitle,
        AgencyId = member.AgencyId.ToString(),
        AgencyNameEn = member.AgencyNameEn,
        Participant = WireParticipant.ToWire(member.Participant),
        Role = WireEnums.ToWire<MembershipRole, V1.MembershipRole>(member.Role),
        StartedOn = WireDate.ToWire(member.StartedOn),
        EndedOn = WireDate.ToWire(member.EndedOn),
    };

    public static V1.CoChairs CoChairs(MemberView? bg, MemberView? uk) => new()
    {
        Bg = bg is null ? null : ToWire(bg),
        Uk = uk is null ? null : ToWire(uk),
        FullyChaired = bg is not null && uk is not null,
    };

    /// <summary>The current co-chairs as the wire pairs them, one per participant.</summary>
    public static V1.CoChairs CoChairs(IReadOnlyList<MemberView> coChairs) => CoChairs(
        coChairs.FirstOrDefault(c => c.Participant == Participant.BG), coChairs.FirstOrDefault(c => c.Participant == Participant.UK));

    public static V1.AgencyCoverage ToWire(AgencyCoverage coverage)
    {
        var wire = new V1.AgencyCoverage
        {
            RegisteredAgencies = coverage.Registered,
            CoveredAgencies = coverage.Covered,
            AllAgenciesCovered = coverage.AllAgenciesCovered,
        };
        foreach (var participant in coverage.Participants)
        {
            var entry = new V1.ParticipantCoverage
            {
                Participant = WireParticipant.ToWire(participant.Participant),
                RegisteredAgencies = participant.Registered,
                CoveredAgencies = participant.Covered.Count,
            };
            entry.Covered.AddRange(participant.Covered.Select(ToWire));
            entry.Uncovered.AddRange(participant.Uncovered.Select(ToWire));
            wire.Participants.Add(entry);
        }

        return wire;
    }

    private static V1.CoveredAgency ToWire(AgencyMembers agency) => new()
    {
        AgencyId = agency.AgencyId.ToString(),
        NameEn = agency.NameEn,
        Kind = WireEnums.ToWire<AgencyKind, V1.AgencyKind>(agency.Kind),
        CurrentMembers = agency.CurrentMembers,
    };
}
