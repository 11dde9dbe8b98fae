using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>An enum filter with a number the service does not know is a bad request, never "no filter".</summary>
public sealed class ListFilterTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    [Fact]
    public async Task ListMeetings_refuses_an_unknown_status_filter_naming_the_field() =>
        await RpcAssert.InvalidArgumentAsync("status",
            () => factory.Meetings().ListMeetingsAsync(new ListMeetingsRequest { Status = (MeetingStatus)99 }).ResponseAsync);

    [Fact]
    public async Task ListActionItems_refuses_an_unknown_status_filter_naming_the_field() =>
        await RpcAssert.InvalidArgumentAsync("status",
            () => factory.Meetings().ListActionItemsAsync(new ListActionItemsRequest { Status = (ActionItemStatus)99 }).ResponseAsync);
}
