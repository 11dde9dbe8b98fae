namespace Cooperation.WorkingGroup.Meetings;

/// <summary>The action items a page of meetings shows: each meeting's own, and the open ones its agenda carries.</summary>
public sealed record MeetingActionItems(ILookup<Guid, ActionItem> ByMeeting, IReadOnlyList<ActionItem> Open);
