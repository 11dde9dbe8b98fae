namespace Cooperation.CapacityBuilding.Risks;

/// <summary>
/// When a risk goes to the working group (RiskEscalated), once per escalation: when its current
/// score reaches the high threshold (again only after it has dropped below it in between), or when
/// its review date passes without a review (again only for a later review date).
/// </summary>
public static class RiskEscalation
{
    public static bool ReviewIsOverdue(RiskStatus status, DateOnly reviewOn, DateOnly? escalatedFor, DateOnly today) =>
        status != RiskStatus.Closed && reviewOn < today && escalatedFor != reviewOn;
}
