namespace Cooperation.WorkingGroup.CooperationAreas;

/// <summary>What the audit records of cooperation areas name.</summary>
internal static class CooperationAreasAudit
{
    public const string CooperationArea = "CooperationArea";

    public static readonly string[] IdentifiedFields = ["title", "description", "tags"];
}
