using Cooperation.WorkingGroup.Establishment;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Meetings;

namespace Cooperation.WorkingGroup.Tests.Meetings;

public sealed class MeetingRulesTests
{
    private static readonly DateOnly Established = new(2023, 11, 20);
    private static readonly Attendee BgChair = new(Guid.NewGuid(), Guid.NewGuid(), Participant.BG);
    private static readonly Attendee UkChair = new(Guid.NewGuid(), Guid.NewGuid(), Participant.UK);
    private static readonly Attendee BgMember = new(Guid.NewGuid(), BgChair.AgencyId, Participant.BG);
    private static readonly CoChair[] CoChairs = [new(BgChair.OfficialId, Participant.BG), new(UkChair.OfficialId, Participant.UK)];

    [Fact]
    public void A_non_binding_decision_needs_no_particular_attendance()
    {
        var bgOnly = new Meeting(Guid.NewGuid(), MeetingStatus.Held, Established, "Sofia", MeetingFormat.InPerson, [], Established, [BgMember]);

        Assert.False(bgOnly.RecordDecision(Guid.NewGuid(), "Note the report", binding: false, DateTimeOffset.UnixEpoch, Participant.UK).Binding);
    }

    [Fact]
    public void Meetings_are_chaired_jointly_by_both_co_chairs()
    {
        var meeting = Scheduled();

        var refused = Assert.Throws<RuleViolationException>(() => meeting.Hold(Established, [BgChair, BgMember], CoChairs, Established, []));

        Assert.Equal(MeetingRules.MeetingsAreChairedJointly, refused.Rule);
        meeting.Hold(Established, [BgChair, UkChair, BgMember], CoChairs, Established, []);
        Assert.Equal([BgChair.OfficialId, UkChair.OfficialId], meeting.Attendees.Where(a => a.CoChair).Select(a => a.OfficialId));
    }

    [Fact]
    public void Open_action_items_carry_to_the_next_scheduled_meeting_only()
    {
        var earlier = HeldMeeting([BgChair, UkChair]);
        var open = earlier.AddActionItem(Guid.NewGuid(), "Share the route analysis", BgChair.OfficialId, new DateOnly(2024, 1, 10));
        var done = earlier.AddActionItem(Guid.NewGuid(), "Circulate the minutes", UkChair.OfficialId, new DateOnly(2024, 1, 5));
        done.Close(ActionItemStatus.Done);
        var next = Scheduled("Review of Q4");

        var agenda = next.AgendaWithCarriedItems([open], next.Id);

        Assert.Equal([new AgendaItem("Review of Q4"), new AgendaItem("Share the route analysis", open.Id)], agenda);
        Assert.Equal([new AgendaItem("Review of Q4")], next.AgendaWithCarriedItems([open], Guid.NewGuid()));
    }

    [Fact]
    public void Holding_a_meeting_freezes_the_items_carried_into_it()
    {
        var earlier = HeldMeeting([BgChair, UkChair]);
        var open = earlier.AddActionItem(Guid.NewGuid(), "Share the route analysis", BgChair.OfficialId, new DateOnly(2024, 1, 10));
        var next = Scheduled("Review of Q4");

        next.Hold(new DateOnly(2024, 1, 20), [BgChair, UkChair], CoChairs, Established, [open]);

        Assert.Equal([new AgendaItem("Review of Q4"), new AgendaItem("Share the route analysis", open.Id)], next.Agenda);
        Assert.Equal(next.Agenda, next.AgendaWithCarriedItems([], next.Id));
    }

    [Fact]
    public void Closed_action_items_stay_closed()
    {
        var item = new ActionItem(Guid.NewGuid(), Guid.NewGuid(), "Draft terms", BgChair.OfficialId, Established, ActionItemStatus.Open);
        item.Close(ActionItemStatus.Cancelled);

        var refused = Assert.Throws<RuleViolationException>(() => item.Close(ActionItemStatus.Done));

        Assert.Equal(MeetingRules.ClosedActionItemsStayClosed, refused.Rule);
    }

    [Fact]
    public void An_open_action_item_past_its_due_date_is_overdue()
    {
        var item = new ActionItem(Guid.NewGuid(), Guid.NewGuid(), "Draft terms", BgChair.OfficialId, new DateOnly(2024, 1, 10), ActionItemStatus.Open);

        Assert.False(item.IsOverdue(new DateOnly(2024, 1, 10)));
        Assert.True(item.IsOverdue(new DateOnly(2024, 1, 11)));
        item.Close(ActionItemStatus.Done);
        Assert.False(item.IsOverdue(new DateOnly(2024, 1, 11)));
    }

    [Fact]
    public void Decisions_minutes_and_action_items_need_a_held_meeting()
    {
        var meeting = Scheduled();

        Assert.Equal(MeetingRules.MeetingMustBeHeld,
            Assert.Throws<RuleViolationException>(() => meeting.RecordDecision(Guid.NewGuid(), "x", false, DateTimeOffset.UnixEpoch, Participant.UK)).Rule);
        Assert.Equal(MeetingRules.MeetingMustBeHeld, Assert.Throws<RuleViolationException>(() => meeting.RecordMinutes("x")).Rule);
        Assert.Equal(MeetingRules.MeetingMustBeHeld,
            Assert.Throws<RuleViolationException>(() => meeting.AddActionItem(Guid.NewGuid(), "x", BgChair.OfficialId, Established)).Rule);
    }

    [Fact]
    public void Only_a_scheduled_meeting_changes_its_agenda_is_held_or_is_cancelled()
    {
        var meeting = Scheduled();
        meeting.Cancel();

        Assert.Equal(MeetingRules.MeetingMustBeScheduled, Assert.Throws<RuleViolationException>(() => meeting.ReplaceAgenda(["x"])).Rule);
        Assert.Equal(MeetingRules.MeetingMustBeScheduled, Assert.Throws<RuleViolationException>(meeting.Cancel).Rule);
        Assert.Equal(MeetingRules.MeetingMustBeScheduled,
            Assert.Throws<RuleViolationException>(() => meeting.Hold(Established, [BgChair, UkChair], CoChairs, Established, [])).Rule);
    }

    [Fact]
    public void A_meeting_cannot_precede_establishment()
    {
        Assert.Equal(MeetingRules.MeetingCannotPrecedeEstablishment,
            Assert.Throws<RuleViolationException>(() => Meeting.Schedule(Guid.NewGuid(), Established.AddDays(-1), "Sofia", MeetingFormat.InPerson, [], Established)).Rule);
        Assert.Equal(EstablishmentRules.WorkingGroupMustBeEstablished,
            Assert.Throws<RuleViolationException>(() => Meeting.Schedule(Guid.NewGuid(), Established, "Sofia", MeetingFormat.InPerson, [], null)).Rule);
    }

    private static Meeting Scheduled(params string[] agenda) =>
        Meeting.Schedule(Guid.NewGuid(), Established.AddDays(10), "Sofia", MeetingFormat.Hybrid, agenda, Established);

    private static Meeting HeldMeeting(Attendee[] attendees)
    {
        var meeting = Scheduled();
        meeting.Hold(Established.AddDays(10), attendees, CoChairs, Established, []);
        return meeting;
    }
}
