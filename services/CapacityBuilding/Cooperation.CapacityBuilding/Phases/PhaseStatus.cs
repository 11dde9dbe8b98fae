namespace Cooperation.CapacityBuilding.Phases;

/// <summary>Where a phase stands. Numbers match the proto enum.</summary>
public enum PhaseStatus
{
    Planned = 1,
    Active = 2,
    Closed = 3,
}

/// <summary>Which gate of a phase a criterion belongs to. Numbers match the proto enum.</summary>
public enum GateKind
{
    Start = 1,
    Finish = 2,
}
