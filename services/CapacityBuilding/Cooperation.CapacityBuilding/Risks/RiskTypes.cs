namespace Cooperation.CapacityBuilding.Risks;

/// <summary>What a risk concerns. Numbers match the proto enum.</summary>
public enum RiskCategory
{
    Strategic = 1,
    Operational = 2,
    Financial = 3,
    Legal = 4,
    Security = 5,
    Technical = 6,
    Political = 7,
}

/// <summary>When a risk would strike (PRINCE2 proximity). Numbers match the proto enum.</summary>
public enum RiskProximity
{
    Imminent = 1,
    WithinPhase = 2,
    WithinProject = 3,
    BeyondProject = 4,
}

/// <summary>How the project responds to a threat (PRINCE2). Numbers match the proto enum.</summary>
public enum RiskResponse
{
    Avoid = 1,
    Reduce = 2,
    Fallback = 3,
    Transfer = 4,
    Share = 5,
    Accept = 6,
}

/// <summary>Where a risk stands. Numbers match the proto enum.</summary>
public enum RiskStatus
{
    Open = 1,
    Materialised = 2,
    Closed = 3,
}

/// <summary>Likelihood and impact on the 5×5 scale; the score is their product (1–25).</summary>
public sealed record RiskRating(int Likelihood, int Impact)
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public int Score => Likelihood * Impact;

    public static bool IsOnScale(int value) => value is >= Lowest and <= Highest;
}
