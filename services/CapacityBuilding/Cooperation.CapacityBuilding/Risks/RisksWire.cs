using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Risks;

/// <summary>Risks to their wire form.</summary>
internal static class RisksWire
{
    public static V1.Risk ToWire(Risk risk, HighRiskThreshold threshold) => new()
    {
        Id = risk.Id.ToString(),
        ProjectId = risk.ProjectId.ToString(),
        Cause = risk.Cause,
        Event = risk.Event,
        Effect = risk.Effect,
        Category = WireEnums.ToWire<RiskCategory, V1.RiskCategory>(risk.Category),
        BeforeResponse = ToWire(risk.BeforeResponse),
        AfterResponse = risk.AfterResponse is { } after ? ToWire(after) : null,
        Score = risk.Score,
        High = threshold.IsHigh(risk.Score),
        Proximity = WireEnums.ToWire<RiskProximity, V1.RiskProximity>(risk.Proximity),
        Response = WireEnums.ToWire<RiskResponse, V1.RiskResponse>(risk.Response),
        OwnerOfficialId = risk.OwnerOfficialId.ToString(),
        ActioneeOfficialId = risk.ActioneeOfficialId?.ToString() ?? "",
        ReviewOn = WireDate.ToWire(risk.ReviewOn),
        Status = WireEnums.ToWire<RiskStatus, V1.RiskStatus>(risk.Status),
        HitMilestoneId = risk.HitMilestoneId?.ToString() ?? "",
        CreatedAt = WireInstant.ToWire(risk.CreatedAt),
        ReviewedAt = WireInstant.ToWire(risk.ReviewedAt),
    };

    private static V1.RiskRating ToWire(RiskRating rating) => new() { Likelihood = rating.Likelihood, Impact = rating.Impact, Score = rating.Score };
}
