namespace Cooperation.Training.Completion;

/// <summary>Resource-type names of the attendance and completion audit records.</summary>
public static class CompletionAudit
{
    public const string Attendance = "Attendance";

    public const string Completion = "Completion";

    public const string Certificate = "Certificate";

    public const string Assessment = "Assessment";

    public const string Session = "TrainingSession";
}
