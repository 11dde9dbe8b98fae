namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>Stable names of the debrief rules (¶4d), reported as the subject of a FailedPrecondition.</summary>
public static class DebriefRules
{
    /// <summary>¶4d debriefs "operations relevant to both Participants": at least one BG and one UK agency took part.</summary>
    public const string DebriefInvolvesBothParticipants = "debrief-involves-both-participants";

    /// <summary>A debrief follows the operation: an operation dated after today cannot have been debriefed.</summary>
    public const string OperationNotInFuture = "operation-not-in-future";

    /// <summary>A corrective action's answering official belongs to the agency that owns it.</summary>
    public const string CorrectiveActionOwnedByOwnerAgency = "corrective-action-owned-by-owner-agency";

    /// <summary>
    /// A corrective action is carried as an action item of the working group, and action items hang
    /// from a held meeting (the one the next meeting follows): before the first held meeting there is
    /// no agenda to carry it to.
    /// </summary>
    public const string CorrectiveActionsNeedAHeldMeeting = "corrective-actions-need-a-held-meeting";

    /// <summary>A done or cancelled corrective action is final: reopening would rewrite the record of completion.</summary>
    public const string ClosedCorrectiveActionsStayClosed = "closed-corrective-actions-stay-closed";

    /// <summary>A debrief's best practice is published once; a second note would compete with the first.</summary>
    public const string BestPracticeNotePublishedOnce = "best-practice-note-published-once";
}
