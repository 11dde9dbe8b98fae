using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests.Meetings;

// A factory per test: the clock is moved to decide on time or late.
public sealed class ActionItemClosedEventTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();

    private MeetingsService.MeetingsServiceClient Client => _factory.Meetings();

    [Fact]
    public async Task Marking_an_item_done_by_its_due_date_publishes_it_closed_on_time_once()
    {
        var programme = await _factory.SeedProgrammeAsync();
        var meeting = await _factory.HoldAsync(programme, "2023-12-04");
        var item = await AddItemAsync(meeting, programme.UkMember, "2023-12-10");

        await CloseAsync(item, ActionItemStatus.Done);

        var closed = Assert.Single(await _factory.OutboxAsync<ActionItemClosed>());
        Assert.Equal((Guid.Parse(item.Id), Guid.Parse(meeting.Id), new DateOnly(2023, 12, 10), new DateOnly(2023, 12, 4), true),
            (closed.ActionItemId, closed.MeetingId, closed.DueOn, closed.ClosedOn, closed.OnTime));
    }

    [Fact]
    public async Task Marking_an_item_done_after_its_due_date_publishes_it_late()
    {
        var programme = await _factory.SeedProgrammeAsync();
        var meeting = await _factory.HoldAsync(programme, "2023-12-04");
        var item = await AddItemAsync(meeting, programme.UkMember, "2023-12-10");
        _factory.SetToday(new DateOnly(2023, 12, 11));

        await CloseAsync(item, ActionItemStatus.Done);

        var closed = Assert.Single(await _factory.OutboxAsync<ActionItemClosed>());
        Assert.Equal((new DateOnly(2023, 12, 11), false), (closed.ClosedOn, closed.OnTime));
    }

    [Fact]
    public async Task Cancelling_an_item_publishes_nothing()
    {
        var programme = await _factory.SeedProgrammeAsync();
        var meeting = await _factory.HoldAsync(programme, "2023-12-04");
        var item = await AddItemAsync(meeting, programme.UkMember, "2023-12-10");

        await CloseAsync(item, ActionItemStatus.Cancelled);

        Assert.Empty(await _factory.OutboxAsync<ActionItemClosed>());
    }

    private Task<UpdateActionItemStatusResponse> CloseAsync(ActionItem item, ActionItemStatus status) =>
        Client.UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = item.Id, Status = status }).ResponseAsync;

    private async Task<ActionItem> AddItemAsync(Meeting meeting, Guid owner, string dueOn) =>
        (await Client.AddActionItemAsync(new AddActionItemRequest
        {
            MeetingId = meeting.Id, Description = "Circulate the minutes", OwnerOfficialId = owner.ToString(), DueOn = WireDates.On(dueOn),
        })).ActionItem;

    public void Dispose() => _factory.Dispose();
}
