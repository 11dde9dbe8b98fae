using Cooperation.WorkingGroup.Tests.Infrastructure;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Membership;

/// <summary>An enum filter with a number the service does not know is a bad request, never "no filter".</summary>
public sealed class ListMembersFilterTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly V1.MembershipService.MembershipServiceClient _client = new(factory.Channel);

    [Fact]
    public async Task ListMembers_refuses_an_unknown_participant_or_role_filter_naming_the_field()
    {
        await RpcAssert.InvalidArgumentAsync("participant",
            () => _client.ListMembersAsync(new V1.ListMembersRequest { Participant = (TypeV1.Participant)99 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("role",
            () => _client.ListMembersAsync(new V1.ListMembersRequest { Role = (V1.MembershipRole)99 }).ResponseAsync);
    }
}
