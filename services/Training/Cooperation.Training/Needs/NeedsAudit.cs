namespace Cooperation.Training.Needs;

/// <summary>Resource-type names and field lists of the training needs' audit records.</summary>
public static class NeedsAudit
{
    public const string Need = "TrainingNeed";

    public static readonly IReadOnlyList<string> RegisteredFields =
        ["theme", "participant", "agency_id", "headcount", "target_proficiency", "urgency", "source", "decision_id"];
}
