namespace Cooperation.WorkingGroup.Agencies;

/// <summary>How the audit trail names agencies and the fields a registration sets.</summary>
internal static class AgenciesAudit
{
    public const string Agency = "Agency";

    public static IReadOnlyList<string> CreatedFields { get; } = ["participant", "name_en", "name_bg", "kind"];
}
