namespace Cooperation.Training.Programme;

/// <summary>Resource-type names of the programme's audit records.</summary>
public static class ProgrammeAudit
{
    public const string ProgrammeItem = "ProgrammeItem";

    public const string InboxMessage = "InboxMessage";

    public static readonly IReadOnlyList<string> CompletedFields = ["completed_on", "delivered", "closure_reason"];
}
