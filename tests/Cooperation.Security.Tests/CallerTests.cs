using System.Security.Claims;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;

namespace Cooperation.Security.Tests;

public sealed class CallerTests
{
    private static readonly Guid BorderPolice = Guid.Parse("11111111-1111-4111-8111-111111111111");
    private static readonly Guid HomeOffice = Guid.Parse("22222222-2222-4222-8222-222222222222");

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType: "Bearer"));

    [Fact]
    public void Claims_are_read_under_their_token_names()
    {
        var caller = Caller.FromPrincipal(Principal(
            ("sub", "u-1"), ("participant", "BG"), ("agency_id", BorderPolice.ToString()),
            ("role", "agency_coordinator"), ("role", "member")));

        Assert.Equal(new Caller("u-1", Participant.BG, BorderPolice, caller.Roles), caller);
        Assert.Equal(["agency_coordinator", "member"], caller.Roles.Order());
    }

    [Fact]
    public void An_anonymous_principal_is_Unauthenticated()
    {
        Assert.Throws<UnauthenticatedException>(() => Caller.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Theory]
    [InlineData("participant", "FR")]
    [InlineData("agency_id", "border-police")]
    public void A_malformed_claim_is_Unauthenticated(string type, string value)
    {
        Assert.Throws<UnauthenticatedException>(() => Caller.FromPrincipal(Principal(("sub", "u-1"), (type, value))));
    }

    [Fact]
    public void A_token_without_a_subject_is_Unauthenticated()
    {
        Assert.Throws<UnauthenticatedException>(() => Caller.FromPrincipal(Principal(("role", "co_chair"))));
    }

    [Fact]
    public void A_caller_may_write_its_own_agency_records()
    {
        var caller = new Caller("u-1", Participant.BG, BorderPolice, new HashSet<string> { "agency_coordinator" });

        caller.EnsureCanWriteFor(BorderPolice);
    }

    [Fact]
    public void A_caller_may_not_write_another_agency_records()
    {
        var caller = new Caller("u-1", Participant.BG, BorderPolice, new HashSet<string> { "agency_coordinator", "co_chair" });

        var ex = Assert.Throws<PermissionDeniedException>(() => caller.EnsureCanWriteFor(HomeOffice));
        Assert.Equal("OTHER_AGENCY_RECORD", ex.Reason);
    }

    [Fact]
    public void A_service_identity_writes_no_agency_records()
    {
        var service = new Caller("service:training", null, null, new HashSet<string> { CooperationRoles.Service });

        Assert.Throws<PermissionDeniedException>(() => service.EnsureCanWriteFor(HomeOffice));
    }

    [Fact]
    public void A_co_chair_acts_for_its_own_participant_only()
    {
        var ukChair = new Caller("u-2", Participant.UK, HomeOffice, new HashSet<string> { CooperationRoles.CoChair });

        ukChair.EnsureActsFor(Participant.UK);
        Assert.Equal("OTHER_PARTICIPANT", Assert.Throws<PermissionDeniedException>(() => ukChair.EnsureActsFor(Participant.BG)).Reason);
    }

    [Fact]
    public void Every_policy_admits_only_known_roles()
    {
        Assert.All(CooperationPolicies.RolesByPolicy.Values.SelectMany(r => r), role => Assert.Contains(role, CooperationRoles.All));
    }
}
