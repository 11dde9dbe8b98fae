namespace Cooperation.WorkingGroup.Meetings;

/// <summary>Stable names of the meeting rules, reported as the subject of a FailedPrecondition.</summary>
public static class MeetingRules
{
    public const string WorkingGroupMustBeEstablished = "working_group_must_be_established";
    public const string MeetingCannotPrecedeEstablishment = "meeting_cannot_precede_establishment";
    public const string MeetingMustBeScheduled = "meeting_must_be_scheduled";
    public const string MeetingMustBeHeld = "meeting_must_be_held";
    public const string MeetingsAreChairedJointly = "meetings_are_chaired_jointly";
    public const string BindingDecisionNeedsBothParticipants = "binding_decision_needs_both_participants";

    /// <summary>A binding decision recorded by one participant's co-chair is confirmed by the other participant's co-chair.</summary>
    public const string BindingDecisionNeedsBothCoChairs = "binding_decision_needs_both_co_chairs";
    public const string OnlyBindingDecisionsAreConfirmed = "only_binding_decisions_are_confirmed";
    public const string DecisionIsConfirmedOnce = "decision_is_confirmed_once";
    public const string ClosedActionItemsStayClosed = "closed_action_items_stay_closed";
}
