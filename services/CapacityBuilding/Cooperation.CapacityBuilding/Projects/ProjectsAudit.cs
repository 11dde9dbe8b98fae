namespace Cooperation.CapacityBuilding.Projects;

/// <summary>Resource-type names and field lists of the projects' audit records.</summary>
public static class ProjectsAudit
{
    public const string Project = "Project";

    public const string InboxMessage = "InboxMessage";

    public static readonly IReadOnlyList<string> CreatedFields =
    [
        "title_en", "title_bg", "description_en", "description_bg", "type", "statement_paragraphs",
        "cooperation_areas", "lead_agency_id", "agencies", "planned_start", "planned_end",
    ];

    public static readonly IReadOnlyList<string> UpdatedFields =
    [
        "title_en", "title_bg", "description_en", "description_bg", "type", "statement_paragraphs",
        "cooperation_areas", "planned_start", "planned_end", "version",
    ];
}
