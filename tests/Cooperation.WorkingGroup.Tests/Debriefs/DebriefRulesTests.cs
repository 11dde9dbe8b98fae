using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Debriefs;

namespace Cooperation.WorkingGroup.Tests.Debriefs;

/// <summary>The debrief rules (¶4d) without a host, one test per rule id.</summary>
public sealed class DebriefRulesTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid BgAgency = Guid.NewGuid();
    private static readonly Guid UkAgency = Guid.NewGuid();
    private static readonly Guid UkOfficial = Guid.NewGuid();
    private static readonly InvolvedAgency[] BothSides = [new(BgAgency, Participant.BG), new(UkAgency, Participant.UK)];
    private static readonly Dictionary<Guid, Guid> Officials = new() { [UkOfficial] = UkAgency };

    private static DebriefDraft Draft(DateOnly? on = null, params CorrectiveActionDraft[] actions) => new(
        "OP-2024/017", on ?? new DateOnly(2024, 5, 20), [BgAgency, UkAgency], ["Joint briefing"], ["Slow hand-over"], ["Name one lead"],
        [SharingChannel.EuropolSiena], actions);

    private static CorrectiveActionDraft Action(Guid? ownerAgency = null) =>
        new("Agree a hand-over template", ownerAgency ?? UkAgency, UkOfficial, new DateOnly(2024, 7, 1));

    [Fact]
    public void Debrief_involves_both_participants()
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            Debrief.Record(Draft(), [new(BgAgency, Participant.BG)], Officials, Guid.NewGuid(), BgAgency, Now));

        Assert.Equal(DebriefRules.DebriefInvolvesBothParticipants, ex.Rule);
        Assert.Equal(2, Debrief.Record(Draft(), BothSides, Officials, null, BgAgency, Now).Agencies.Count);
    }

    [Fact]
    public void Operation_not_in_future()
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            Debrief.Record(Draft(new DateOnly(2024, 6, 2)), BothSides, Officials, null, BgAgency, Now));

        Assert.Equal(DebriefRules.OperationNotInFuture, ex.Rule);
        Assert.Equal(new DateOnly(2024, 6, 1), Debrief.Record(Draft(new DateOnly(2024, 6, 1)), BothSides, Officials, null, BgAgency, Now).OperationDate);
    }

    [Fact]
    public void Corrective_action_owned_by_owner_agency()
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            Debrief.Record(Draft(null, Action(ownerAgency: BgAgency)), BothSides, Officials, Guid.NewGuid(), BgAgency, Now));

        Assert.Equal(DebriefRules.CorrectiveActionOwnedByOwnerAgency, ex.Rule);
    }

    [Fact]
    public void Corrective_actions_need_a_held_meeting()
    {
        var ex = Assert.Throws<RuleViolationException>(() => Debrief.Record(Draft(null, Action()), BothSides, Officials, null, BgAgency, Now));

        Assert.Equal(DebriefRules.CorrectiveActionsNeedAHeldMeeting, ex.Rule);
        var recorded = Debrief.Record(Draft(null, Action()), BothSides, Officials, Guid.NewGuid(), BgAgency, Now);
        Assert.Equal(CorrectiveActionStatus.Open, Assert.Single(recorded.CorrectiveActions).Status);
    }

    [Fact]
    public void Closed_corrective_actions_stay_closed()
    {
        var action = Debrief.Record(Draft(null, Action()), BothSides, Officials, Guid.NewGuid(), BgAgency, Now).CorrectiveActions[0];
        action.Close(CorrectiveActionStatus.Done, new DateOnly(2024, 7, 1));

        var ex = Assert.Throws<RuleViolationException>(() => action.Close(CorrectiveActionStatus.Cancelled, new DateOnly(2024, 7, 2)));
        Assert.Equal(DebriefRules.ClosedCorrectiveActionsStayClosed, ex.Rule);
        Assert.Equal((CorrectiveActionStatus.Done, new DateOnly(2024, 7, 1)), (action.Status, action.ClosedOn));
    }

    [Fact]
    public void A_corrective_action_closed_on_its_due_date_is_on_time_and_one_day_later_is_not()
    {
        var onTime = Debrief.Record(Draft(null, Action()), BothSides, Officials, Guid.NewGuid(), BgAgency, Now).CorrectiveActions[0];
        var late = Debrief.Record(Draft(null, Action()), BothSides, Officials, Guid.NewGuid(), BgAgency, Now).CorrectiveActions[0];

        onTime.Close(CorrectiveActionStatus.Done, onTime.DueOn);
        late.Close(CorrectiveActionStatus.Done, late.DueOn.AddDays(1));

        Assert.Equal((true, false), (onTime.ClosedOnTime, late.ClosedOnTime));
        Assert.True(Debrief.Record(Draft(null, Action()), BothSides, Officials, Guid.NewGuid(), BgAgency, Now)
            .CorrectiveActions[0].IsOverdue(new DateOnly(2024, 7, 2)));
    }

    [Fact]
    public void Best_practice_note_published_once()
    {
        var debrief = Debrief.Record(Draft(), BothSides, Officials, null, BgAgency, Now);
        var published = debrief with { Note = debrief.PublishNote("One lead agency", "Name one lead agency per operation.", BgAgency, Now) };

        var ex = Assert.Throws<RuleViolationException>(() => published.PublishNote("Again", "Again", UkAgency, Now));
        Assert.Equal(DebriefRules.BestPracticeNotePublishedOnce, ex.Rule);
    }

    [Theory]
    [InlineData("OP-2024/017", true)]
    [InlineData("ATLAS7", true)]
    [InlineData("op-2024", false)]
    [InlineData("Raid on 12 Vitosha Blvd", false)]
    [InlineData("OP--1", false)]
    [InlineData("A", false)]
    [InlineData("OP-12345678901234567890123456789012345678", false)]
    public void An_operation_reference_is_a_reference_never_content(string value, bool valid) =>
        Assert.Equal(valid, OperationReference.IsValid(value));
}
