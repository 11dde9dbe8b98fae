using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.Membership;

namespace Cooperation.WorkingGroup.Tests.Membership;

public sealed class AgencyCoverageTests
{
    private static AgencyMembers Agency(Participant participant, string name, int members) =>
        new(Guid.NewGuid(), participant, name, AgencyKind.Police, members);

    [Fact]
    public void An_agency_is_covered_while_it_has_a_current_member()
    {
        var coverage = AgencyCoverage.Measure([Agency(Participant.UK, "Covered", 2), Agency(Participant.UK, "Uncovered", 0)]);

        var uk = coverage.Participants.Single(p => p.Participant == Participant.UK);
        Assert.Equal("Covered", Assert.Single(uk.Covered).NameEn);
        Assert.Equal("Uncovered", Assert.Single(uk.Uncovered).NameEn);
        Assert.Equal((2, 1), (uk.Registered, coverage.Covered));
    }

    [Fact]
    public void All_relevant_agencies_are_included_only_when_every_registered_agency_is_covered()
    {
        Assert.False(AgencyCoverage.Measure([Agency(Participant.BG, "A", 1), Agency(Participant.UK, "B", 0)]).AllAgenciesCovered);
        Assert.True(AgencyCoverage.Measure([Agency(Participant.BG, "A", 1), Agency(Participant.UK, "B", 3)]).AllAgenciesCovered);
    }

    [Fact]
    public void No_registered_agencies_is_not_full_coverage()
    {
        var coverage = AgencyCoverage.Measure([]);

        Assert.False(coverage.AllAgenciesCovered);
        Assert.Equal([Participant.BG, Participant.UK], coverage.Participants.Select(p => p.Participant));
    }
}
