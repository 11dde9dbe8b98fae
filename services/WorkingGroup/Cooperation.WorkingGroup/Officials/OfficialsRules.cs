namespace Cooperation.WorkingGroup.Officials;

/// <summary>The officials' rule ids, reported as the subject of a FailedPrecondition.</summary>
internal static class OfficialsRules
{
    /// <summary>
    /// ¶7, data held only as long as needed: a current member's data is still needed to run the
    /// group (a public task), so the member leaves the group before the data can be erased.
    /// </summary>
    public const string ErasureOfCurrentMember = "erasure-of-current-member";
}
