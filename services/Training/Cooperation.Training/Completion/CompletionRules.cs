namespace Cooperation.Training.Completion;

/// <summary>Stable names of the attendance and completion rules, reported as the subject of a FailedPrecondition.</summary>
public static class CompletionRules
{
    /// <summary>¶4b "attendance": it is marked for officials who hold a seat on the event.</summary>
    public const string AttendanceIsMarkedForBookedOfficials = "attendance-is-marked-for-booked-officials";

    /// <summary>¶4b: attendance is marked for a session that has started, not ahead of it.</summary>
    public const string AttendanceIsMarkedOnceTheSessionStarted = "attendance-is-marked-once-the-session-started";

    /// <summary>¶4b "completion": an event is assessed after its last session ends, and once.</summary>
    public const string CompletionIsAssessedOnceAfterTheLastSession = "completion-is-assessed-once-after-the-last-session";
}
