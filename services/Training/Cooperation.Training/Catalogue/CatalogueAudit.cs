namespace Cooperation.Training.Catalogue;

/// <summary>Resource-type names and field lists of the catalogue's audit records.</summary>
public static class CatalogueAudit
{
    public const string Activity = "Activity";

    public static readonly IReadOnlyList<string> CreatedFields =
    [
        "code", "kind", "title_en", "title_bg", "description_en", "description_bg", "themes",
        "competencies", "target_group", "languages", "owner_agency_id", "completion_percent",
        "eligibility", "has_assessment", "certificate_validity_months",
    ];
}
