namespace Cooperation.WorkingGroup.Meetings;

/// <summary>A decision recorded at a held meeting. Only a binding one commits the programme (and can agree a project).</summary>
public sealed record Decision(Guid Id, Guid MeetingId, string Text, bool Binding, DateTimeOffset RecordedAt);
