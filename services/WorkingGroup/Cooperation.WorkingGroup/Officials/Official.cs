using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// A person an agency designated to the programme. Only what the programme needs is held (¶7):
/// name, agency, role and work contact, with the purpose for holding them.
/// <see cref="Participant"/> is the agency's.
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
    DateTimeOffset DesignatedAt)
{
    public const int MaxNameLength = 200;
    public const int MaxPurposeLength = 1000;
}
