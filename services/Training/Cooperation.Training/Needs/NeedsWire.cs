using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Needs;

/// <summary>Training needs to their wire form.</summary>
internal static class NeedsWire
{
    public static V1.TrainingNeed ToWire(TrainingNeed need)
    {
        var wire = new V1.TrainingNeed
        {
            Id = need.Id.ToString(),
            Theme = WireEnums.ToWire<CooperationAreaTag, TypeV1.CooperationAreaTag>(need.Theme),
            Participant = WireParticipant.ToWire(need.Participant),
            AgencyId = need.AgencyId.ToString(),
            Headcount = need.Headcount,
            TargetProficiency = WireEnums.ToWire<TargetProficiency, V1.TargetProficiency>(need.TargetProficiency),
            Urgency = WireEnums.ToWire<NeedUrgency, V1.NeedUrgency>(need.Urgency),
            Source = WireEnums.ToWire<NeedSource, V1.NeedSource>(need.Source),
            DecisionId = need.DecisionId?.ToString() ?? "",
            CoveredCount = need.CoveredCount,
            RegisteredBy = need.RegisteredBy,
            RegisteredAt = WireInstant.ToWire(need.RegisteredAt),
        };
        wire.ActivityIds.AddRange(need.ActivityIds.Select(id => id.ToString()));
        return wire;
    }
}
