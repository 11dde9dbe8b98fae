using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Meetings;

namespace Cooperation.WorkingGroup.Tests.Meetings;

public sealed class DecisionConfirmationTests
{
    private static readonly DateTimeOffset RecordedAt = new(2023, 12, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Decision PendingFromUk = new(Guid.NewGuid(), Guid.NewGuid(), "Agree the plan", true, RecordedAt, Participant.UK);

    [Fact]
    public void A_binding_decision_awaits_the_other_participants_co_chair()
    {
        Assert.True(PendingFromUk.AwaitsConfirmation);
        Assert.False(PendingFromUk.InForce);
    }

    [Fact]
    public void The_other_participants_co_chair_puts_a_binding_decision_in_force()
    {
        var confirmed = PendingFromUk.Confirm(Participant.BG, RecordedAt.AddHours(1));

        Assert.True(confirmed.InForce);
        Assert.Equal((Participant.UK, Participant.BG, RecordedAt.AddHours(1)), (confirmed.RecordedBy, confirmed.ConfirmedBy, confirmed.ConfirmedAt));
    }

    [Fact]
    public void The_recording_participant_cannot_confirm_its_own_binding_decision()
    {
        var refused = Assert.Throws<RuleViolationException>(() => PendingFromUk.Confirm(Participant.UK, RecordedAt));

        Assert.Equal(MeetingRules.BindingDecisionNeedsBothCoChairs, refused.Rule);
    }

    [Fact]
    public void A_decision_is_confirmed_once_and_only_when_binding()
    {
        var confirmed = PendingFromUk.Confirm(Participant.BG, RecordedAt);
        var nonBinding = PendingFromUk with { Binding = false };

        Assert.Equal(MeetingRules.DecisionIsConfirmedOnce, Assert.Throws<RuleViolationException>(() => confirmed.Confirm(Participant.BG, RecordedAt)).Rule);
        Assert.True(nonBinding.InForce);
        Assert.Equal(MeetingRules.OnlyBindingDecisionsAreConfirmed, Assert.Throws<RuleViolationException>(() => nonBinding.Confirm(Participant.BG, RecordedAt)).Rule);
    }
}
