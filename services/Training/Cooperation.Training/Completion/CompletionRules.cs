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

    /// <summary>¶4b "an assessment with pre/post scores where the activity has one": scores are recorded only for such an activity.</summary>
    public const string AssessmentOnlyWhereTheActivityHasOne = "assessment-only-where-the-activity-has-one";

    /// <summary>Scores are recorded for officials who hold a seat on the event.</summary>
    public const string AssessmentIsRecordedForBookedOfficials = "assessment-is-recorded-for-booked-officials";

    /// <summary>Scores are recorded until the event is assessed: TrainingCompleted has announced them by then.</summary>
    public const string AssessmentIsRecordedBeforeCompletion = "assessment-is-recorded-before-completion";

    /// <summary>¶4b "revocation with a reason": a certificate is revoked once; the first reason stands.</summary>
    public const string CertificatesAreRevokedOnce = "certificates-are-revoked-once";
}
