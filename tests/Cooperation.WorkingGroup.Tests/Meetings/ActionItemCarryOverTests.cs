using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests.Meetings;

// A factory per test: every open action item of the programme carries to a scheduled meeting's agenda, so the agenda is exact only on a programme of its own.
public sealed class ActionItemCarryOverTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();

    private MeetingsService.MeetingsServiceClient Client => _factory.Meetings();

    [Fact]
    public async Task Open_action_items_carry_to_the_next_meeting()
    {
        var programme = await _factory.SeedProgrammeAsync();
        var first = await _factory.HoldAsync(programme);
        var open = await AddItemAsync(first, programme.BgMember, "Share the route analysis", "2024-01-10");
        var done = await AddItemAsync(first, programme.UkMember, "Circulate the minutes", "2023-12-10");
        await Client.UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = done.Id, Status = ActionItemStatus.Done });

        var next = await _factory.ScheduleAsync("2024-02-01", "Quarterly review");

        Assert.Equal([("Quarterly review", ""), ("Share the route analysis", open.Id)],
            next.Agenda.Select(a => (a.Title, a.CarriedActionItemId)));
        // Carried when read: an item raised after scheduling shows up too.
        var later = await AddItemAsync(first, programme.UkMember, "Send the training plan", "2024-01-20");
        var reread = (await Client.GetMeetingAsync(new GetMeetingRequest { MeetingId = next.Id })).Meeting;
        Assert.Equal(["Quarterly review", "Share the route analysis", "Send the training plan"], reread.Agenda.Select(a => a.Title));
        Assert.Contains(reread.Agenda, a => a.CarriedActionItemId == later.Id);
    }

    [Fact]
    public async Task Open_action_items_carry_to_the_next_scheduled_meeting_only_not_to_later_or_past_dated_ones()
    {
        var programme = await _factory.SeedProgrammeAsync();
        var first = await _factory.HoldAsync(programme);
        var open = await AddItemAsync(first, programme.BgMember, "Share the route analysis", "2024-01-10");
        var pastDated = await _factory.ScheduleAsync("2023-11-27", "Kick-off");
        var next = await _factory.ScheduleAsync("2024-02-01", "Quarterly review");
        var later = await _factory.ScheduleAsync("2024-05-02", "Half-year review");

        async Task<string[]> AgendaOf(Meeting meeting) =>
            (await Client.GetMeetingAsync(new GetMeetingRequest { MeetingId = meeting.Id })).Meeting.Agenda.Select(a => a.Title).ToArray();

        Assert.Equal(["Kick-off"], await AgendaOf(pastDated));
        Assert.Equal(["Quarterly review", "Share the route analysis"], await AgendaOf(next));
        Assert.Equal(["Half-year review"], await AgendaOf(later));
        var listed = (await Client.ListMeetingsAsync(new ListMeetingsRequest { Status = MeetingStatus.Scheduled })).Meetings;
        Assert.Equal([1, 2, 1], listed.Select(m => m.Agenda.Count));

        // Recording the past-dated meeting as held: the item was raised at a later meeting, so it is not carried back.
        var heldPast = await Client.HoldMeetingAsync(new HoldMeetingRequest
        {
            MeetingId = pastDated.Id, HeldOn = WireDates.On("2023-11-27"),
            AttendeeOfficialIds = { programme.BgCoChair.ToString(), programme.UkCoChair.ToString() },
        });
        Assert.Equal(["Kick-off"], heldPast.Meeting.Agenda.Select(a => a.Title));

        // Once the next meeting is held, the one after it is next and carries the item still open.
        _factory.SetToday(new DateOnly(2024, 2, 1));
        var held = await Client.HoldMeetingAsync(new HoldMeetingRequest
        {
            MeetingId = next.Id, HeldOn = WireDates.On("2024-02-01"),
            AttendeeOfficialIds = { programme.BgCoChair.ToString(), programme.UkCoChair.ToString() },
        });
        Assert.Equal(open.Id, held.Meeting.Agenda.Last().CarriedActionItemId);
        Assert.Equal(["Half-year review", "Share the route analysis"], await AgendaOf(later));
    }

    public void Dispose() => _factory.Dispose();

    private async Task<ActionItem> AddItemAsync(Meeting meeting, Guid owner, string description, string dueOn) =>
        (await Client.AddActionItemAsync(new AddActionItemRequest
        {
            MeetingId = meeting.Id, Description = description, OwnerOfficialId = owner.ToString(), DueOn = WireDates.On(dueOn),
        })).ActionItem;
}
