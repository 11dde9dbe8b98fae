namespace Cooperation.Training.Completion;

/// <summary>A booking's assessment: the score before the activity and the one after (0–100 each), either still to come.</summary>
public sealed record AssessmentScores(decimal? Pre, decimal? Post)
{
    public static AssessmentScores None { get; } = new(null, null);

    /// <summary>What an official gained: post minus pre, once both are recorded.</summary>
    public decimal? Gain => Pre is { } pre && Post is { } post ? post - pre : null;
}
