namespace Cooperation.WorkingGroup.Establishment;

/// <summary>How the audit trail names the working group and the fields its establishment sets.</summary>
internal static class WorkingGroupAudit
{
    public const string WorkingGroup = "WorkingGroup";

    public static IReadOnlyList<string> EstablishedFields { get; } = ["established_on", "due_by"];
}
