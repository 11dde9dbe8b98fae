using Cooperation.BuildingBlocks.Domain;
using Cooperation.CapacityBuilding.Phases;

namespace Cooperation.CapacityBuilding.Tests.Phases;

public sealed class PhaseGatesTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Phases_start_with_no_open_start_gate_item()
    {
        var phase = PhaseWith(out var startItem, out _);

        var refused = Assert.Throws<RuleViolationException>(() => phase.Start(Now));
        phase.SignOff(startItem.Id, "uk-project-lead", Guid.NewGuid(), Now, "survey report ref. 12");
        phase.Start(Now);

        Assert.Equal(PhaseRules.PhasesStartWithNoOpenStartGateItem, refused.Rule);
        Assert.Equal(PhaseStatus.Active, phase.Status);
    }

    [Fact]
    public void Phases_close_with_no_open_gate_item()
    {
        var phase = PhaseWith(out var startItem, out var finishItem);
        phase.SignOff(startItem.Id, "uk-project-lead", null, Now, "survey accepted");
        phase.Start(Now);

        var refused = Assert.Throws<RuleViolationException>(() => phase.Close(Now));
        phase.SignOff(finishItem.Id, "bg-lead", Guid.NewGuid(), Now.AddDays(30), "acceptance certificate 7/2024");
        phase.Close(Now.AddDays(30));

        Assert.Equal(PhaseRules.PhasesCloseWithNoOpenGateItem, refused.Rule);
        Assert.Equal(PhaseStatus.Closed, phase.Status);
        Assert.Equal(Now.AddDays(30), phase.ClosedAt);
    }

    [Fact]
    public void Gate_items_are_signed_off_once_recording_who_when_and_the_evidence()
    {
        var phase = PhaseWith(out var startItem, out _);
        var agency = Guid.NewGuid();

        phase.SignOff(startItem.Id, "uk-project-lead", agency, Now, "survey report ref. 12");
        var refused = Assert.Throws<RuleViolationException>(() => phase.SignOff(startItem.Id, "someone-else", null, Now.AddDays(1), "other"));

        Assert.Equal(PhaseRules.GateItemsAreSignedOffOnce, refused.Rule);
        Assert.Equal(("uk-project-lead", agency, Now, "survey report ref. 12"),
            (startItem.SignedOffBy, startItem.SignedOffAgencyId, startItem.SignedOffAt, startItem.Evidence));
    }

    [Fact]
    public void Phases_move_planned_active_closed_one_step_at_a_time()
    {
        var phase = new Phase(Guid.NewGuid(), Guid.NewGuid(), 1, "Procurement", new(2024, 1, 1), new(2024, 6, 30), PhaseStatus.Planned, []);

        var closeTooEarly = Assert.Throws<RuleViolationException>(() => phase.Close(Now));
        phase.Start(Now);
        var startAgain = Assert.Throws<RuleViolationException>(() => phase.Start(Now));

        Assert.Equal(PhaseRules.PhasesMovePlannedActiveClosed, closeTooEarly.Rule);
        Assert.Equal(PhaseRules.PhasesMovePlannedActiveClosed, startAgain.Rule);
    }

    private static Phase PhaseWith(out GateCriterion startItem, out GateCriterion finishItem)
    {
        startItem = new GateCriterion(Guid.NewGuid(), GateKind.Start, "Site survey accepted");
        finishItem = new GateCriterion(Guid.NewGuid(), GateKind.Finish, "Equipment accepted by the beneficiary");
        return new Phase(Guid.NewGuid(), Guid.NewGuid(), 1, "Installation", new(2024, 1, 1), new(2024, 6, 30), PhaseStatus.Planned, [startItem, finishItem]);
    }
}
