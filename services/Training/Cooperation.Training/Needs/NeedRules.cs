namespace Cooperation.Training.Needs;

/// <summary>Stable names of the training-needs rules, reported as the subject of a FailedPrecondition.</summary>
public static class NeedRules
{
    /// <summary>An activity is linked to a need once.</summary>
    public const string AnActivityMeetsANeedOnce = "an-activity-meets-a-need-once";

    /// <summary>Only an activity linked to the need is unlinked.</summary>
    public const string OnlyLinkedActivitiesAreUnlinked = "only-linked-activities-are-unlinked";

    /// <summary>¶4b: a need is covered by the officials of its agency who completed a linked activity, never more than its headcount.</summary>
    public const string CoverageIsCappedAtTheHeadcount = "coverage-is-capped-at-the-headcount";
}
