using Cooperation.WorkingGroup.Membership;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Membership;

public sealed class MembershipAccessTests : IDisposable
{
    // A factory per test: the co-chair rule is global to the roster and assertions read whole audit operations, so each test needs its own programme.
    private readonly WorkingGroupServiceFactory _factory = new();

    private V1.MembershipService.MembershipServiceClient ClientAs(string persona) => new(_factory.ChannelFor(persona));

    private async Task<(V1.Official Uk, V1.Official Bg)> ArrangeAsync()
    {
        await _factory.AddPersonaAgenciesAsync();
        return (await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Uk Example", "uk@homeoffice.example"),
            await _factory.DesignateAsync(DevelopmentPersonas.BgBorderPolice, "Bg Example", "bg@borderpolice.example"));
    }

    [Fact]
    public async Task AddMember_leaves_one_write_record_and_one_read_record_of_the_official_it_answers_with()
    {
        var (uk, _) = await ArrangeAsync();

        var member = (await ClientAs("uk-co-chair").AddMemberAsync(new V1.AddMemberRequest { OfficialId = uk.Id, Role = V1.MembershipRole.Member })).Member;

        var records = await AuditRecords.ForOperationAsync(_factory, "AddMember");
        var write = Assert.Single(records, r => r.Action == "create");
        var read = Assert.Single(records, r => r.Action == "read");
        Assert.Equal(("Membership", member.Id), (write.ResourceType, write.ResourceId));
        Assert.Equal(("Official", uk.Id, "Answer to AddMember", "[\"full_name\",\"role_title\"]"),
            (read.ResourceType, read.ResourceId, read.Justification, read.Fields));
        Assert.All(records, r => Assert.Equal(("dev:uk-co-chair", DevelopmentPersonas.UkHomeOffice.ToString()), (r.ActorSubject, r.ActorAgencyId)));
        Assert.All(records, r => Assert.DoesNotContain("Uk Example", r.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RemoveMember_and_ReplaceCoChair_record_a_read_of_every_official_their_answer_names()
    {
        var (uk, _) = await ArrangeAsync();
        var incoming = await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Incoming Example", "incoming@homeoffice.example");
        var member = await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Member Example", "member@homeoffice.example");
        var client = ClientAs("uk-co-chair");
        await client.AddMemberAsync(new V1.AddMemberRequest { OfficialId = uk.Id, Role = V1.MembershipRole.CoChair });
        await client.AddMemberAsync(new V1.AddMemberRequest { OfficialId = member.Id, Role = V1.MembershipRole.Member });

        var replaced = await client.ReplaceCoChairAsync(new V1.ReplaceCoChairRequest { OfficialId = incoming.Id });
        await client.RemoveMemberAsync(new V1.RemoveMemberRequest { OfficialId = member.Id });

        Assert.Equal((incoming.Id, uk.Id), (replaced.CoChairs.Uk.OfficialId, replaced.Outgoing.OfficialId));
        var replaceReads = (await AuditRecords.ForOperationAsync(_factory, "ReplaceCoChair")).Where(r => r.Action == "read");
        Assert.Equal(new[] { incoming.Id, uk.Id }.Order(), replaceReads.Select(r => r.ResourceId).Order());
        var removeRead = Assert.Single(await AuditRecords.ForOperationAsync(_factory, "RemoveMember"), r => r.Action == "read");
        Assert.Equal(member.Id, removeRead.ResourceId);
    }

    [Fact]
    public async Task A_co_chair_changes_its_own_participants_roster_only()
    {
        var (_, bg) = await ArrangeAsync();

        var ex = await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("uk-co-chair")
            .AddMemberAsync(new V1.AddMemberRequest { OfficialId = bg.Id, Role = V1.MembershipRole.CoChair }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("bg-border-police-coordinator")
            .AddMemberAsync(new V1.AddMemberRequest { OfficialId = bg.Id, Role = V1.MembershipRole.Member }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => new V1.MembershipService.MembershipServiceClient(_factory.AnonymousChannel)
            .AddMemberAsync(new V1.AddMemberRequest { OfficialId = bg.Id, Role = V1.MembershipRole.Member }).ResponseAsync);

        Assert.Contains("BG", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(await AuditRecords.ForOperationAsync(_factory, "AddMember"));
        await ClientAs("bg-co-chair").AddMemberAsync(new V1.AddMemberRequest { OfficialId = bg.Id, Role = V1.MembershipRole.CoChair });
    }

    [Fact]
    public async Task Reading_the_roster_is_audited_as_the_RPCs_declared_purpose_without_a_justification()
    {
        var (uk, _) = await ArrangeAsync();
        await ClientAs("uk-co-chair").AddMemberAsync(new V1.AddMemberRequest { OfficialId = uk.Id, Role = V1.MembershipRole.CoChair });

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => ClientAs("analyst").ListMembersAsync(new V1.ListMembersRequest()).ResponseAsync);
        await ClientAs("uk-co-chair").GetCoChairsAsync(new V1.GetCoChairsRequest());
        await ClientAs("uk-co-chair").ListMembersAsync(new V1.ListMembersRequest { Justification = "Meeting invitations" });
        await ClientAs("analyst").GetAgencyCoverageAsync(new V1.GetAgencyCoverageRequest());

        var consulted = Assert.Single(await AuditRecords.ForOperationAsync(_factory, "GetCoChairs"));
        Assert.Equal(("read", "Official", uk.Id, MembershipAudit.RosterConsultation),
            (consulted.Action, consulted.ResourceType, consulted.ResourceId, consulted.Justification));
        var justified = Assert.Single(await AuditRecords.ForOperationAsync(_factory, "ListMembers"));
        Assert.Equal("Meeting invitations", justified.Justification);
        await RpcAssert.InvalidArgumentAsync("justification",
            () => ClientAs("uk-co-chair").GetCoChairsAsync(new V1.GetCoChairsRequest { Justification = new string('x', 501) }).ResponseAsync);
    }

    public void Dispose() => _factory.Dispose();
}
