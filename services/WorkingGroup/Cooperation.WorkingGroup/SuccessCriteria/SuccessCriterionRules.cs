namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>Stable names of the success-criteria rules, named in the answer that refuses a request breaking one.</summary>
public static class SuccessCriterionRules
{
    /// <summary>
    /// ¶5: success criteria "evaluate activity … and assess its impact", so a measure's target lies
    /// on the side of its baseline that its direction calls progress. A request breaking it
    /// contradicts itself whatever is stored, so it is refused as InvalidArgument on <c>target</c>.
    /// </summary>
    public const string TargetBeyondBaseline = "target-beyond-baseline";
}
