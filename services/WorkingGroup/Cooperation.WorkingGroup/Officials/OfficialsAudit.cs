namespace Cooperation.WorkingGroup.Officials;

/// <summary>How the audit trail names officials and the fields each kind of record lists.</summary>
internal static class OfficialsAudit
{
    public const string Official = "Official";

    /// <summary>The passages of free text that named an erased official, counted per table.</summary>
    public const string FreeTextMentions = "OfficialFreeTextMentions";

    /// <summary>What a designation sets.</summary>
    public static IReadOnlyList<string> DesignatedFields { get; } =
        ["agency_id", "full_name", "role_title", "work_email", "work_phone", "purpose", "legal_basis"];

    /// <summary>What a data-subject export discloses.</summary>
    public static IReadOnlyList<string> ExportedFields { get; } =
        [.. Officials.Official.PersonalFields, "purpose", "legal_basis", "memberships", "meetings_attended", "action_items_owned", "free_text_mentions"];
}
