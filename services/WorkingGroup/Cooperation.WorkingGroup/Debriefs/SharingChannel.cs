namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>
/// The information-sharing mechanisms ¶4a names, as the metrics service's information-sharing log
/// names them (same members, numbers and stored text). Numbers match the proto enum.
/// </summary>
internal enum SharingChannel
{
    EuropolSiena = 1,
    Eurojust = 2,
    Interpol = 3,
    LiaisonOfficer = 4,
    Bilateral = 5,
}
