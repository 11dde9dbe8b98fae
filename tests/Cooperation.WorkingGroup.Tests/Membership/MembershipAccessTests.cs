using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Membership;

public sealed class MembershipAccessTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();

    private V1.MembershipService.MembershipServiceClient ClientAs(string persona) => new(_factory.ChannelFor(persona));

    private async Task<(V1.Official Uk, V1.Official Bg)> ArrangeAsync()
    {
        await _factory.AddPersonaAgenciesAsync();
        return (await _factory.DesignateAsync(DevelopmentPersonas.UkHomeOffice, "Uk Example", "uk@homeoffice.example"),
            await _factory.DesignateAsync(DevelopmentPersonas.BgBorderPolice, "Bg Example", "bg@borderpolice.example"));
    }

    [Fact]
    public async Task AddMember_leaves_one_audit_record_naming_the_caller_and_the_membership()
    {
        var (uk, _) = await ArrangeAsync();

        var member = (await ClientAs("uk-co-chair").AddMemberAsync(new V1.AddMemberRequest { OfficialId = uk.Id, Role = V1.MembershipRole.Member })).Member;

        var record = await AuditAssert.SingleByDefaultCallerAsync(_factory, "AddMember", "create", "Membership", member.MembershipId);
        Assert.DoesNotContain("Uk Example", record.AllText, StringComparison.Ordinal);
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
    public async Task Reading_the_roster_reads_names_so_it_needs_a_justification_and_is_audited()
    {
        var (uk, _) = await ArrangeAsync();
        await ClientAs("uk-co-chair").AddMemberAsync(new V1.AddMemberRequest { OfficialId = uk.Id, Role = V1.MembershipRole.CoChair });

        await RpcAssert.InvalidArgumentAsync("justification",
            () => ClientAs("uk-co-chair").GetCoChairsAsync(new V1.GetCoChairsRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => ClientAs("analyst").ListMembersAsync(new V1.ListMembersRequest { Justification = "Report" }).ResponseAsync);
        await ClientAs("uk-co-chair").GetCoChairsAsync(new V1.GetCoChairsRequest { Justification = "Meeting invitations" });
        await ClientAs("analyst").GetAgencyCoverageAsync(new V1.GetAgencyCoverageRequest());

        var record = Assert.Single(await AuditRecords.ForOperationAsync(_factory, "GetCoChairs"));
        Assert.Equal(("read", "Official", uk.Id, "Meeting invitations"), (record.Action, record.ResourceType, record.ResourceId, record.Justification));
    }

    public void Dispose() => _factory.Dispose();
}
