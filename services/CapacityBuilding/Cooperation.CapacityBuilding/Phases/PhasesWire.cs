using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Phases;

/// <summary>Phases to their wire form.</summary>
internal static class PhasesWire
{
    public static V1.Phase ToWire(Phase phase)
    {
        var wire = new V1.Phase
        {
            Id = phase.Id.ToString(),
            ProjectId = phase.ProjectId.ToString(),
            Position = phase.Position,
            Name = phase.Name,
            PlannedStart = WireDate.ToWire(phase.PlannedStart),
            PlannedEnd = WireDate.ToWire(phase.PlannedEnd),
            Status = WireEnums.ToWire<PhaseStatus, V1.PhaseStatus>(phase.Status),
            StartedAt = WireInstant.ToWire(phase.StartedAt),
            ClosedAt = WireInstant.ToWire(phase.ClosedAt),
        };
        wire.Criteria.AddRange(phase.Criteria.Select(c => new V1.GateCriterion
        {
            Id = c.Id.ToString(),
            Gate = WireEnums.ToWire<GateKind, V1.GateKind>(c.Gate),
            Text = c.Text,
            SignedOffBy = c.SignedOffBy ?? "",
            SignedOffAgencyId = c.SignedOffAgencyId?.ToString() ?? "",
            SignedOffAt = WireInstant.ToWire(c.SignedOffAt),
            Evidence = c.Evidence ?? "",
        }));
        return wire;
    }
}
