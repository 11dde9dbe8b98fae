namespace Cooperation.CapacityBuilding.Phases;

/// <summary>Stable names of the phase and gate rules, reported as the subject of a FailedPrecondition.</summary>
public static class PhaseRules
{
    /// <summary>A phase starts only once every criterion of its start gate is signed off (<see cref="PhaseGates"/>).</summary>
    public const string PhasesStartWithNoOpenStartGateItem = "phases-start-with-no-open-start-gate-item";

    /// <summary>A phase closes only once every criterion of its finish gate is signed off (<see cref="PhaseGates"/>).</summary>
    public const string PhasesCloseWithNoOpenGateItem = "phases-close-with-no-open-gate-item";

    /// <summary>A sign-off is a record of who accepted what on which evidence; it is given once and not overwritten (<see cref="PhaseGates"/>).</summary>
    public const string GateItemsAreSignedOffOnce = "gate-items-are-signed-off-once";

    /// <summary>A phase moves planned → active → closed, one step at a time (<see cref="PhaseGates"/>).</summary>
    public const string PhasesMovePlannedActiveClosed = "phases-move-planned-active-closed";
}
