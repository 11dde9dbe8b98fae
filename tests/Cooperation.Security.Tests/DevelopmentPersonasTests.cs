using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.Security.Tests;

/// <summary>
/// The development personas let a developer (and the tests) call every RPC as every kind of caller
/// the policies name: a persona for each role, and for the roles that act for an agency, one of
/// each participant.
/// </summary>
public sealed class DevelopmentPersonasTests
{
    private static readonly string[] AgencyRoles = [CooperationRoles.AgencyCoordinator, CooperationRoles.Member, CooperationRoles.CoChair];

    [Fact]
    public void Every_role_a_policy_admits_has_a_persona()
    {
        var roles = CooperationPolicies.RolesByPolicy.Values.SelectMany(r => r).Distinct().ToList();

        var missing = roles.Where(role => !DevelopmentPersonas.All.Any(p => p.Roles.Contains(role))).ToList();

        Assert.True(missing.Count == 0, "No persona holds: " + string.Join(", ", missing));
        Assert.Contains(CooperationRoles.Auditor, roles);
    }

    [Fact]
    public void Agency_roles_have_a_persona_of_each_participant()
    {
        var missing = AgencyRoles
            .SelectMany(role => new[] { Participant.BG, Participant.UK }.Select(participant => (role, participant)))
            .Where(x => !DevelopmentPersonas.All.Any(p => p.Participant == x.participant && p.AgencyId is not null && p.Roles.Contains(x.role)))
            .ToList();

        Assert.True(missing.Count == 0, "No persona for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_participant_has_a_plain_member_with_no_other_role()
    {
        foreach (var participant in new[] { Participant.BG, Participant.UK })
        {
            Assert.Contains(DevelopmentPersonas.All, p => p.Participant == participant && p.Roles.SequenceEqual([CooperationRoles.Member]));
        }
    }

    [Fact]
    public void Persona_names_are_unique()
    {
        var names = DevelopmentPersonas.All.Select(p => p.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
