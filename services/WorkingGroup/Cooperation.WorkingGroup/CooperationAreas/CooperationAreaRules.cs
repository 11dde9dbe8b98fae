namespace Cooperation.WorkingGroup.CooperationAreas;

/// <summary>Stable names of the cooperation-area rules, named in the answer that refuses a request breaking one.</summary>
public static class CooperationAreaRules
{
    /// <summary>
    /// ¶5 asks the group to identify areas for cooperation; ¶2–¶4 say what cooperation covers, so
    /// an area names at least one tag of that vocabulary. A request without one contradicts itself
    /// whatever is stored, so it is refused as InvalidArgument on <c>tags</c>.
    /// </summary>
    public const string AreaNamesATag = "area-names-a-tag";
}
