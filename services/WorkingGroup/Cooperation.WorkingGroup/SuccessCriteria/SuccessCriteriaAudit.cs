namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>What the audit records of success criteria and their measures name.</summary>
internal static class SuccessCriteriaAudit
{
    public const string SuccessCriterion = "SuccessCriterion";
    public const string SuccessMeasure = "SuccessMeasure";

    public static readonly string[] CriterionFields = ["title", "description", "cooperation_area_id"];

    public static readonly string[] MeasureFields = ["success_criterion_id", "name", "unit", "baseline", "target", "period", "direction"];
}
