using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Phases;

/// <summary>
/// OpenProject's phase gates: a phase passes its start gate to become active and its finish gate
/// to close, and a gate is passed when every one of its criteria is signed off (a gate with no
/// criteria is passed at once). A sign-off is given once.
/// </summary>
public static class PhaseGates
{
    public static void EnsureCanSignOff(Guid phaseId, PhaseStatus status, GateCriterion criterion)
    {
        if (!criterion.IsOpen)
        {
            throw new RuleViolationException(PhaseRules.GateItemsAreSignedOffOnce,
                $"Criterion {criterion.Id} of phase {phaseId} was signed off at {criterion.SignedOffAt:O}; a sign-off is not given twice.");
        }

        if (status == PhaseStatus.Closed)
        {
            throw new RuleViolationException(PhaseRules.PhasesMovePlannedActiveClosed, $"Phase {phaseId} is CLOSED; its gates are passed.");
        }
    }

    public static void EnsureCanStart(Guid phaseId, PhaseStatus status, IEnumerable<GateCriterion> criteria)
    {
        EnsureStatus(phaseId, status, PhaseStatus.Planned, "start");
        var open = criteria.Count(c => c.Gate == GateKind.Start && c.IsOpen);
        if (open > 0)
        {
            throw new RuleViolationException(PhaseRules.PhasesStartWithNoOpenStartGateItem,
                $"Phase {phaseId} has {open} open criteria on its start gate; sign them off before it starts.");
        }
    }

    public static void EnsureCanClose(Guid phaseId, PhaseStatus status, IEnumerable<GateCriterion> criteria)
    {
        EnsureStatus(phaseId, status, PhaseStatus.Active, "close");
        var open = criteria.Count(c => c.Gate == GateKind.Finish && c.IsOpen);
        if (open > 0)
        {
            throw new RuleViolationException(PhaseRules.PhasesCloseWithNoOpenGateItem,
                $"Phase {phaseId} has {open} open criteria on its finish gate; sign them off before it closes.");
        }
    }

    private static void EnsureStatus(Guid phaseId, PhaseStatus status, PhaseStatus needed, string what)
    {
        if (status != needed)
        {
            throw new RuleViolationException(PhaseRules.PhasesMovePlannedActiveClosed,
                $"Phase {phaseId} is {status.ToString().ToUpperInvariant()}; only a {needed.ToString().ToUpperInvariant()} phase can {what}.");
        }
    }
}
