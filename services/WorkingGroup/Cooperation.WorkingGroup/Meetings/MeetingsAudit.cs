namespace Cooperation.WorkingGroup.Meetings;

/// <summary>The resource types the meetings' audit records name.</summary>
public static class MeetingsAudit
{
    public const string Meeting = "Meeting";
    public const string Decision = "Decision";
    public const string ActionItem = "ActionItem";
    public const string RiskEscalation = "RiskEscalation";
    public const string InboxMessage = "InboxMessage";
}
