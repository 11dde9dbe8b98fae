namespace Cooperation.WorkingGroup.Membership;

/// <summary>The membership rule ids, reported as the subject of a FailedPrecondition.</summary>
internal static class MembershipRules
{
    /// <summary>¶6: the working group is co-chaired by one official of each participant.</summary>
    public const string OneCoChairPerParticipant = "one-co-chair-per-participant";

    /// <summary>¶6, co-chaired jointly: a co-chair leaves only by being replaced, so the chair is never empty.</summary>
    public const string CoChairLeavesByReplacement = "co-chair-leaves-by-replacement";

    /// <summary>¶6: a replacement swaps an existing co-chair; a participant without one appoints one instead.</summary>
    public const string NoCoChairToReplace = "no-co-chair-to-replace";

    /// <summary>¶7: an erased official is only an id kept for history and cannot take a seat again.</summary>
    public const string ErasedOfficialCannotBeMember = "erased-official-cannot-be-member";

    /// <summary>¶6 history: a term ends on or after the day it starts (<see cref="MembershipPeriod.End"/>).</summary>
    public const string TermCannotEndBeforeItStarts = "term-cannot-end-before-it-starts";

    /// <summary>
    /// ¶6 history: a replacement is dated after the last meeting the outgoing co-chair chaired, so a
    /// held record never names as co-chair someone whose term had ended (<see cref="Roster.ReplaceCoChair"/>).
    /// </summary>
    public const string ReplacementAfterOutgoingChairsLastMeeting = "replacement-after-outgoing-chairs-last-meeting";
}
