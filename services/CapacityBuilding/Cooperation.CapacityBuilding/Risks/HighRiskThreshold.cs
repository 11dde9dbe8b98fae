namespace Cooperation.CapacityBuilding.Risks;

/// <summary>
/// The score from which a risk is high (setting <c>CapacityBuilding:HighRiskScore</c>, default 15
/// on the 1–25 scale: for example likelihood 3 × impact 5).
/// </summary>
public sealed record HighRiskThreshold(int Score)
{
    public const string Setting = "CapacityBuilding:HighRiskScore";

    public const int Default = 15;

    public bool IsHigh(int score) => score >= Score;

    public static HighRiskThreshold From(IConfiguration configuration)
    {
        var score = configuration.GetValue(Setting, Default);
        return score is >= 1 and <= 25
            ? new HighRiskThreshold(score)
            : throw new InvalidOperationException($"{Setting} must be a score between 1 and 25, not {score}.");
    }
}
