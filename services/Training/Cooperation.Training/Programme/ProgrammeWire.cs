using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Programme;

/// <summary>Programme items to their wire form.</summary>
internal static class ProgrammeWire
{
    public static V1.ProgrammeItem ToWire(ProgrammeItem item)
    {
        var wire = new V1.ProgrammeItem
        {
            Id = item.ProjectId.ToString(),
            Title = item.Title,
            Summary = item.Summary,
            DecisionId = item.DecisionId.ToString(),
            AgreedAt = WireInstant.ToWire(item.AgreedAt),
            CommencedOn = WireDate.ToWire(item.CommencedOn),
            CompletedOn = WireDate.ToWire(item.CompletedOn),
            Delivered = item.Delivered,
            ClosureReason = item.ClosureReason ?? string.Empty,
        };
        wire.CooperationAreas.AddRange(item.CooperationAreas);
        wire.LeadAgencyIds.AddRange(item.LeadAgencyIds.Select(a => a.ToString()));
        return wire;
    }
}
