using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// A person an agency designated to the programme. Only what the programme needs is held (¶7):
/// name, agency, role and work contact, with the purpose and legal basis for holding them.
/// <see cref="Participant"/> is the agency's. An erased official keeps its id, agency, purpose and
/// dates, so the programme's history still points at it, and nothing that names the person.
/// </summary>
internal sealed record Official(
    Guid Id,
    Guid AgencyId,
    Participant Participant,
    string FullName,
    string RoleTitle,
    string WorkEmail,
    string? WorkPhone,
    string Purpose,
    DateTimeOffset DesignatedAt,
    LegalBasis LegalBasis,
    DateTimeOffset? ErasedAt = null)
{
    public const int MaxNameLength = 200;
    public const int MaxPurposeLength = 1000;

    /// <summary>What an erased official is called wherever it is read.</summary>
    public const string ErasedName = "Erased official";

    /// <summary>The personal-data fields an erasure clears, as the audit trail names them.</summary>
    public static IReadOnlyList<string> PersonalFields { get; } = ["full_name", "role_title", "work_email", "work_phone"];

    public bool IsErased => ErasedAt is not null;

    /// <summary>The official with every field that names the person cleared.</summary>
    public Official Anonymised(DateTimeOffset erasedAt) => this with
    {
        FullName = ErasedName,
        RoleTitle = string.Empty,
        WorkEmail = string.Empty,
        WorkPhone = null,
        ErasedAt = ErasedAt ?? erasedAt,
    };
}
