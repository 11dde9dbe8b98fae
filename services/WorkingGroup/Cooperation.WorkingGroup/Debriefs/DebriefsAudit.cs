namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>What the audit records of debriefs name.</summary>
internal static class DebriefsAudit
{
    public const string Debrief = "Debrief";

    public const string CorrectiveAction = "CorrectiveAction";

    public const string BestPracticeNote = "BestPracticeNote";

    public static readonly string[] RecordedFields =
        ["operation_reference", "operation_date", "agencies", "strengths", "areas_for_improvement", "multi_agency_lessons", "channels"];

    public static readonly string[] CorrectiveActionFields = ["debrief_id", "description", "owner_agency_id", "owner_official_id", "due_on"];

    public static readonly string[] ActionItemFields = ["meeting_id", "description", "owner_official_id", "due_on"];

    public static readonly string[] ClosedFields = ["status", "closed_on"];

    public static readonly string[] NoteFields = ["title", "text"];
}
