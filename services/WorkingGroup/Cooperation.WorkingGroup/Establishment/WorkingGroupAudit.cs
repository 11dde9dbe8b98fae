namespace Cooperation.WorkingGroup.Establishment;

/// <summary>How the audit trail names the working group and the fields its establishment sets.</summary>
internal static class WorkingGroupAudit
{
    public const string WorkingGroup = "WorkingGroup";

    public static IReadOnlyList<string> EstablishedFields { get; } = ["established_on", "due_by"];

    /// <summary>A correction of the establishment date, kept with the value it replaced.</summary>
    public const string EstablishmentCorrection = "EstablishmentCorrection";

    public static IReadOnlyList<string> CorrectedFields { get; } = ["established_on"];

    public static IReadOnlyList<string> CorrectionFields { get; } = ["previous_established_on", "established_on", "reason"];
}
