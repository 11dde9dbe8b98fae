using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Contracts.WorkingGroup.V1;
using MeetingRules = Cooperation.WorkingGroup.Meetings.MeetingRules;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>The meetings RPCs on one shared host: each test schedules its own meetings and looks only at those.</summary>
public sealed class MeetingsGrpcTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly WorkingGroupServiceFactory _factory = factory;

    private MeetingsService.MeetingsServiceClient Client => _factory.Meetings();

    [Fact]
    public async Task ScheduleMeeting_stores_and_returns_the_meeting()
    {
        await _factory.SharedProgrammeAsync();

        var meeting = await _factory.ScheduleAsync("2023-12-04", "Terms of reference", "Work plan");

        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        // Its own items; the open action items of the other meetings carry after them.
        Assert.Equal(["Terms of reference", "Work plan"], meeting.Agenda.Where(a => a.CarriedActionItemId == "").Select(a => a.Title));
        Assert.Equal(meeting, (await Client.GetMeetingAsync(new GetMeetingRequest { MeetingId = meeting.Id })).Meeting);
    }

    [Fact]
    public async Task ScheduleMeeting_names_every_invalid_field()
    {
        var request = new ScheduleMeetingRequest { ScheduledOn = WireDates.On("2023-02-30"), Location = " " };
        request.AgendaItems.Add("");

        foreach (var field in new[] { "scheduled_on", "location", "format", "agenda_items[0]" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client.ScheduleMeetingAsync(request).ResponseAsync);
        }
    }

    [Fact]
    public async Task UpdateAgenda_replaces_the_agenda_of_a_scheduled_meeting_only()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var scheduled = await _factory.ScheduleAsync("2024-01-10");
        var update = new UpdateAgendaRequest { MeetingId = scheduled.Id, AgendaItems = { "Debrief", "Next steps" } };

        var updated = (await Client.UpdateAgendaAsync(update)).Meeting;

        Assert.Equal(["Debrief", "Next steps"], updated.Agenda.Where(a => a.CarriedActionItemId == "").Select(a => a.Title));
        Assert.Equal(updated, (await Client.GetMeetingAsync(new GetMeetingRequest { MeetingId = scheduled.Id })).Meeting);
        var held = await _factory.HoldAsync(programme);
        await RpcAssert.FailedPreconditionAsync(MeetingRules.MeetingMustBeScheduled,
            () => Client.UpdateAgendaAsync(new UpdateAgendaRequest { MeetingId = held.Id, AgendaItems = { "Late item" } }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("meeting_id", () => Client.UpdateAgendaAsync(new UpdateAgendaRequest { MeetingId = "nope" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.UpdateAgendaAsync(new UpdateAgendaRequest { MeetingId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task CancelMeeting_cancels_a_scheduled_meeting_once()
    {
        await _factory.SharedProgrammeAsync();
        var meeting = await _factory.ScheduleAsync();

        var cancelled = (await Client.CancelMeetingAsync(new CancelMeetingRequest { MeetingId = meeting.Id })).Meeting;

        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);
        await RpcAssert.FailedPreconditionAsync(MeetingRules.MeetingMustBeScheduled,
            () => Client.CancelMeetingAsync(new CancelMeetingRequest { MeetingId = meeting.Id }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("meeting_id", () => Client.CancelMeetingAsync(new CancelMeetingRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.CancelMeetingAsync(new CancelMeetingRequest { MeetingId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task HoldMeeting_records_attendance_with_the_co_chairs_and_publishes_MeetingHeld_once()
    {
        var programme = await _factory.SharedProgrammeAsync();

        var held = await _factory.HoldAsync(programme, "2023-12-04", programme.BgMember);

        Assert.Equal(MeetingStatus.Held, held.Status);
        Assert.Equal("2023-12-04", WireDates.Text(held.HeldOn));
        Assert.True(held.BothParticipantsPresent);
        Assert.Equal(new[] { programme.BgCoChair.ToString(), programme.UkCoChair.ToString() }.Order(),
            held.Attendees.Where(a => a.CoChair).Select(a => a.OfficialId).Order());
        var heldEvent = Assert.Single(await _factory.OutboxAsync<MeetingHeld>(), e => e.MeetingId == Guid.Parse(held.Id));
        Assert.Equal((Guid.Parse(held.Id), new DateOnly(2023, 12, 4), 2023, 4, true, 3),
            (heldEvent.MeetingId, heldEvent.HeldOn, heldEvent.Year, heldEvent.Quarter, heldEvent.BothParticipantsPresent, heldEvent.AttendeeCount));
    }

    [Fact]
    public async Task HoldMeeting_refuses_bad_input_unknown_officials_and_a_missing_co_chair()
    {
        var programme = await _factory.SharedProgrammeAsync();
        _factory.SetToday(new DateOnly(2023, 12, 4));
        var meeting = await _factory.ScheduleAsync();

        await RpcAssert.InvalidArgumentAsync("held_on",
            () => Client.HoldMeetingAsync(new HoldMeetingRequest { MeetingId = meeting.Id, HeldOn = WireDates.On("2023-12-05"), AttendeeOfficialIds = { programme.BgCoChair.ToString() } }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("attendee_official_ids",
            () => Client.HoldMeetingAsync(new HoldMeetingRequest { MeetingId = meeting.Id, HeldOn = WireDates.On("2023-12-04") }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("attendee_official_ids[1]",
            () => Client.HoldMeetingAsync(new HoldMeetingRequest { MeetingId = meeting.Id, HeldOn = WireDates.On("2023-12-04"), AttendeeOfficialIds = { programme.BgCoChair.ToString(), "x" } }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.HoldMeetingAsync(new HoldMeetingRequest { MeetingId = meeting.Id, HeldOn = WireDates.On("2023-12-04"), AttendeeOfficialIds = { Guid.NewGuid().ToString() } }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.HoldMeetingAsync(new HoldMeetingRequest { MeetingId = Guid.NewGuid().ToString(), HeldOn = WireDates.On("2023-12-04"), AttendeeOfficialIds = { programme.BgCoChair.ToString() } }).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(MeetingRules.MeetingsAreChairedJointly,
            () => Client.HoldMeetingAsync(new HoldMeetingRequest { MeetingId = meeting.Id, HeldOn = WireDates.On("2023-12-04"), AttendeeOfficialIds = { programme.BgCoChair.ToString(), programme.UkMember.ToString() } }).ResponseAsync);
        Assert.DoesNotContain(await _factory.OutboxAsync<MeetingHeld>(), e => e.MeetingId == Guid.Parse(meeting.Id));
    }

    [Fact]
    public async Task RecordDecision_stores_the_decision_on_the_held_meeting()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var held = await _factory.HoldAsync(programme);

        var decision = await _factory.DecideAsync(held, binding: true);

        Assert.True(decision.Binding);
        var reread = (await Client.GetMeetingAsync(new GetMeetingRequest { MeetingId = held.Id })).Meeting;
        Assert.Equal(decision, Assert.Single(reread.Decisions));
        await RpcAssert.InvalidArgumentAsync("text", () => Client.RecordDecisionAsync(new RecordDecisionRequest { MeetingId = held.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.RecordDecisionAsync(new RecordDecisionRequest { MeetingId = Guid.NewGuid().ToString(), Text = "x" }).ResponseAsync);
        var scheduled = await _factory.ScheduleAsync("2024-02-01");
        await RpcAssert.FailedPreconditionAsync(MeetingRules.MeetingMustBeHeld, () => _factory.DecideAsync(scheduled, binding: false));
    }

    [Fact]
    public async Task RecordMinutes_stores_minutes_of_a_held_meeting()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var held = await _factory.HoldAsync(programme);

        var withMinutes = (await Client.RecordMinutesAsync(new RecordMinutesRequest { MeetingId = held.Id, Minutes = "Opened by both co-chairs." })).Meeting;

        Assert.Equal("Opened by both co-chairs.", withMinutes.Minutes);
        await RpcAssert.InvalidArgumentAsync("minutes", () => Client.RecordMinutesAsync(new RecordMinutesRequest { MeetingId = held.Id }).ResponseAsync);
        var scheduled = await _factory.ScheduleAsync("2024-02-01");
        await RpcAssert.FailedPreconditionAsync(MeetingRules.MeetingMustBeHeld,
            () => Client.RecordMinutesAsync(new RecordMinutesRequest { MeetingId = scheduled.Id, Minutes = "x" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.RecordMinutesAsync(new RecordMinutesRequest { MeetingId = Guid.NewGuid().ToString(), Minutes = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task AddActionItem_and_UpdateActionItemStatus_validate_and_keep_closed_items_closed()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var held = await _factory.HoldAsync(programme);
        var item = await AddItemAsync(held, programme.BgMember, "Draft terms", "2024-01-10");
        Assert.Equal(ActionItemStatus.Open, item.Status);

        var cancelled = (await Client.UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = item.Id, Status = ActionItemStatus.Cancelled })).ActionItem;

        Assert.Equal(ActionItemStatus.Cancelled, cancelled.Status);
        await RpcAssert.FailedPreconditionAsync(MeetingRules.ClosedActionItemsStayClosed,
            () => Client.UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = item.Id, Status = ActionItemStatus.Done }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("status",
            () => Client.UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = item.Id, Status = ActionItemStatus.Open }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = Guid.NewGuid().ToString(), Status = ActionItemStatus.Done }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("due_on",
            () => Client.AddActionItemAsync(new AddActionItemRequest { MeetingId = held.Id, Description = "x", OwnerOfficialId = programme.BgMember.ToString(), DueOn = WireDates.On("2024-00-10") }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client.AddActionItemAsync(new AddActionItemRequest { MeetingId = held.Id, Description = "x", OwnerOfficialId = Guid.NewGuid().ToString(), DueOn = WireDates.On("2024-01-01") }).ResponseAsync);
        var scheduled = await _factory.ScheduleAsync("2024-02-01");
        await RpcAssert.FailedPreconditionAsync(MeetingRules.MeetingMustBeHeld,
            () => Client.AddActionItemAsync(new AddActionItemRequest { MeetingId = scheduled.Id, Description = "x", OwnerOfficialId = programme.BgMember.ToString(), DueOn = WireDates.On("2024-01-01") }).ResponseAsync);
    }

    [Fact]
    public async Task ListActionItems_filters_by_owner_status_and_overdue()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var held = await _factory.HoldAsync(programme);
        // Owners of this test's own, so the lists hold only the items it raises.
        var owner = await _factory.AddOfficialAsync(programme.BgAgency);
        var otherOwner = await _factory.AddOfficialAsync(programme.UkAgency);
        var overdue = await AddItemAsync(held, owner, "Overdue item", "2023-12-01");
        var future = await AddItemAsync(held, owner, "Future item", "2024-03-01");
        var other = await AddItemAsync(held, otherOwner, "Other owner", "2023-12-01");
        await Client.UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = other.Id, Status = ActionItemStatus.Done });

        var byOwner = await Client.ListActionItemsAsync(new ListActionItemsRequest { OwnerOfficialId = owner.ToString() });
        var overdueOnly = await Client.ListActionItemsAsync(new ListActionItemsRequest { OwnerOfficialId = owner.ToString(), OverdueOnly = true });
        var done = await Client.ListActionItemsAsync(new ListActionItemsRequest { OwnerOfficialId = otherOwner.ToString(), Status = ActionItemStatus.Done });
        var otherOpen = await Client.ListActionItemsAsync(new ListActionItemsRequest { OwnerOfficialId = otherOwner.ToString(), OverdueOnly = true });

        Assert.Equal([overdue.Id, future.Id], byOwner.ActionItems.Select(i => i.Id));
        Assert.Equal([overdue.Id], overdueOnly.ActionItems.Select(i => i.Id));
        Assert.True(overdueOnly.ActionItems[0].Overdue);
        Assert.Equal([other.Id], done.ActionItems.Select(i => i.Id));
        Assert.Empty(otherOpen.ActionItems);
        await RpcAssert.InvalidArgumentAsync("owner_official_id", () => Client.ListActionItemsAsync(new ListActionItemsRequest { OwnerOfficialId = "x" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_token", () => Client.ListActionItemsAsync(new ListActionItemsRequest { PageToken = "!!" }).ResponseAsync);
    }

    [Fact]
    public async Task ListMeetings_filters_by_status_and_date_range_and_pages()
    {
        // Late November 2023 and June 2024 are this test's own: no other test of the class meets then.
        var programme = await _factory.SharedProgrammeAsync();
        var held = await _factory.HoldAsync(programme, "2023-11-22");
        var november = await _factory.ScheduleAsync("2023-11-29");
        var june = await _factory.ScheduleAsync("2024-06-15");
        var lateNovember = new ListMeetingsRequest { From = WireDates.On("2023-11-21"), To = WireDates.On("2023-11-30") };

        var scheduled = await Client.ListMeetingsAsync(new ListMeetingsRequest { Status = MeetingStatus.Scheduled, From = WireDates.On("2023-11-21"), To = WireDates.On("2023-11-30") });
        var inJune = await Client.ListMeetingsAsync(new ListMeetingsRequest { From = WireDates.On("2024-06-01"), To = WireDates.On("2024-06-30") });
        var inRange = await Client.ListMeetingsAsync(lateNovember);
        var firstPage = await Client.ListMeetingsAsync(new ListMeetingsRequest(lateNovember) { PageSize = 1 });
        var secondPage = await Client.ListMeetingsAsync(new ListMeetingsRequest(lateNovember) { PageSize = 1, PageToken = firstPage.NextPageToken });
        var lastPage = await Client.ListMeetingsAsync(new ListMeetingsRequest(lateNovember) { PageSize = 1, PageToken = secondPage.NextPageToken });

        Assert.Equal([november.Id], scheduled.Meetings.Select(m => m.Id));
        Assert.Equal([june.Id], inJune.Meetings.Select(m => m.Id));
        Assert.Equal([held.Id, november.Id], inRange.Meetings.Select(m => m.Id));
        Assert.Equal([held.Id, november.Id], firstPage.Meetings.Concat(secondPage.Meetings).Concat(lastPage.Meetings).Select(m => m.Id));
        Assert.Equal(string.Empty, lastPage.NextPageToken);
        Assert.Equal(held, inRange.Meetings[0]);
        await RpcAssert.InvalidArgumentAsync("from", () => Client.ListMeetingsAsync(new ListMeetingsRequest { From = WireDates.On("2024-13-01") }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("to", () => Client.ListMeetingsAsync(new ListMeetingsRequest { From = WireDates.On("2024-02-01"), To = WireDates.On("2024-01-01") }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_size", () => Client.ListMeetingsAsync(new ListMeetingsRequest { PageSize = -1 }).ResponseAsync);
    }

    [Fact]
    public async Task GetMeeting_validates_and_answers_not_found()
    {
        await RpcAssert.InvalidArgumentAsync("meeting_id", () => Client.GetMeetingAsync(new GetMeetingRequest { MeetingId = "x" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client.GetMeetingAsync(new GetMeetingRequest { MeetingId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    private async Task<ActionItem> AddItemAsync(Meeting meeting, Guid owner, string description, string dueOn) =>
        (await Client.AddActionItemAsync(new AddActionItemRequest
        {
            MeetingId = meeting.Id, Description = description, OwnerOfficialId = owner.ToString(), DueOn = WireDates.On(dueOn),
        })).ActionItem;
}
