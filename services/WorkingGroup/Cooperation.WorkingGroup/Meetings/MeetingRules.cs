namespace Cooperation.WorkingGroup.Meetings;

/// <summary>The ids of the meeting rules, reported as the subject of a FailedPrecondition.</summary>
public static class MeetingRules
{
    /// <summary>¶5–¶6: the group meets from its establishment on, so no meeting is dated before it (<see cref="Meeting"/>).</summary>
    public const string MeetingCannotPrecedeEstablishment = "meeting-cannot-precede-establishment";

    /// <summary>¶6: only a meeting still scheduled has its agenda changed, is cancelled or is held (<see cref="Meeting"/>).</summary>
    public const string MeetingMustBeScheduled = "meeting-must-be-scheduled";

    /// <summary>¶6: minutes, decisions and action items come out of a meeting that took place (<see cref="Meeting"/>).</summary>
    public const string MeetingMustBeHeld = "meeting-must-be-held";

    /// <summary>¶6 "chaired jointly": the serving BG and UK co-chairs both attend every meeting (<see cref="Meeting.Hold"/>).</summary>
    public const string MeetingsAreChairedJointly = "meetings-are-chaired-jointly";

    /// <summary>¶1 and ¶6: a binding decision recorded by one participant's co-chair is confirmed by the other participant's co-chair (<see cref="Decision.Confirm"/>).</summary>
    public const string BindingDecisionNeedsBothCoChairs = "binding-decision-needs-both-co-chairs";

    /// <summary>¶1: a non-binding decision commits nobody, so it is in force as recorded and is never confirmed (<see cref="Decision.Confirm"/>).</summary>
    public const string OnlyBindingDecisionsAreConfirmed = "only-binding-decisions-are-confirmed";

    /// <summary>¶6: the other co-chair confirms a binding decision once (<see cref="Decision.Confirm"/>).</summary>
    public const string DecisionIsConfirmedOnce = "decision-is-confirmed-once";

    /// <summary>¶6: a done or cancelled action item is the record of the work; reopening would rewrite it (<see cref="ActionItem.Close"/>).</summary>
    public const string ClosedActionItemsStayClosed = "closed-action-items-stay-closed";
}
