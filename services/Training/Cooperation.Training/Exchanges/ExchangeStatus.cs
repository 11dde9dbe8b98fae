namespace Cooperation.Training.Exchanges;

/// <summary>Proposed → approved (by both agencies) → under way → completed, or withdrawn before completion. Numbers match the proto enum.</summary>
public enum ExchangeStatus
{
    Proposed = 1,
    Approved = 2,
    UnderWay = 3,
    Completed = 4,
    Withdrawn = 5,
}
