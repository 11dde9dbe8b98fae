namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// The action items a page of meetings shows: each meeting's own, the open ones, and the next
/// scheduled meeting, the only one whose agenda carries them.
/// </summary>
public sealed record MeetingActionItems(ILookup<Guid, ActionItem> ByMeeting, IReadOnlyList<ActionItem> Open, Guid? NextScheduledMeetingId);
