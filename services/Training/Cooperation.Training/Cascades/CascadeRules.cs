namespace Cooperation.Training.Cascades;

/// <summary>Stable names of the cascade rules, reported as the subject of a FailedPrecondition.</summary>
public static class CascadeRules
{
    /// <summary>¶4b: a cascade passes on a training the official completed (a booking assessed as completed).</summary>
    public const string CascadesFollowACompletedTraining = "cascades-follow-a-completed-training";

    /// <summary>One commitment per completed booking or exchange.</summary>
    public const string OneCascadeCommitmentPerTraining = "one-cascade-commitment-per-training";

    /// <summary>A commitment with no cascade session after its due day is overdue, and flagged so once.</summary>
    public const string CascadesAreDeliveredByTheDueDay = "cascades-are-delivered-by-the-due-day";
}
