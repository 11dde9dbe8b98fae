namespace Cooperation.WorkingGroup.Meetings;

/// <summary>One agenda item; <see cref="CarriedActionItemId"/> is set for an open action item carried from an earlier meeting.</summary>
public sealed record AgendaItem(string Title, Guid? CarriedActionItemId = null);
